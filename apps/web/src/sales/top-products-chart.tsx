import { formatCents } from '../components/money';
import type { SalesStats } from '../live/dashboard-store';

const rowHeight = 28;
const labelWidth = 140;
const width = 460;

/** Best sellers as horizontal bars of units sold; plain SVG, so the page needs no chart library. */
export function TopProductsChart({ topProducts }: { topProducts: SalesStats['topProducts'] }) {
  if (topProducts.length === 0) return <p className="empty">No paid orders yet.</p>;
  const most = Math.max(...topProducts.map((entry) => entry.unitsSold), 1);
  const barSpace = width - labelWidth - 120;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${topProducts.length * rowHeight}`}
      role="img"
      aria-label="Top products by units sold"
    >
      {topProducts.map((entry, index) => {
        const y = index * rowHeight;
        const barWidth = Math.max(2, (entry.unitsSold / most) * barSpace);
        return (
          <g key={entry.product.id} data-top-product={entry.product.sku}>
            <text x={0} y={y + 18} className="chart-label">
              {entry.product.name.length > 18 ? `${entry.product.name.slice(0, 17)}…` : entry.product.name}
            </text>
            <rect
              x={labelWidth}
              y={y + 6}
              width={barWidth}
              height={rowHeight - 12}
              rx={4}
              className="chart-bar"
            />
            <text x={labelWidth + barWidth + 8} y={y + 18} className="chart-value">
              {entry.unitsSold} · {formatCents(entry.revenueCents)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
