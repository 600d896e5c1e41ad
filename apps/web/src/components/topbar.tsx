import type { ReactNode } from 'react';

/** The page's header: the brand, then whatever the current user has up there. */
export function Topbar({ children }: { children?: ReactNode }) {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◧
        </span>
        <h1>Sluice shop</h1>
      </div>
      {children}
    </header>
  );
}
