import type { OperatorPage } from './use-operator-page';

const pages: ReadonlyArray<{ page: OperatorPage; href: string; label: string }> = [
  { page: 'shop', href: '#', label: 'Shop' },
  { page: 'ops', href: '#ops', label: 'Operations' },
];

/** An operator's pages: the shop's panels, and the read side's operations. */
export function OperatorNav({ current }: { current: OperatorPage }) {
  return (
    <nav className="segmented page-nav" aria-label="Pages">
      {pages.map(({ page, href, label }) => (
        <a
          key={page}
          href={href}
          className={`segment${page === current ? ' segment-on' : ''}`}
          aria-current={page === current ? 'page' : undefined}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
