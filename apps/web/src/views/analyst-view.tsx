import { CatalogPanel } from '../catalog/catalog-panel';
import { SalesPanel } from '../sales/sales-panel';

/** What an analyst gets: the sales figures, live, beside the catalog they are about. */
export function AnalystView() {
  return (
    <main className="grid">
      <SalesPanel />
      <CatalogPanel />
    </main>
  );
}
