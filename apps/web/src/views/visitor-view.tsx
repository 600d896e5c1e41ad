import { SignInPanel } from '../auth/sign-in-panel';
import { CatalogPanel } from '../catalog/catalog-panel';

/** What an anonymous visitor gets: the catalog, and the way to sign in. */
export function VisitorView() {
  return (
    <main className="grid">
      <SignInPanel />
      <CatalogPanel />
    </main>
  );
}
