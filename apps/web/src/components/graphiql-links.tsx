import { useAppServices } from '../app-services';

/** The gateways' playgrounds, for an operator. */
export function GraphiqlLinks() {
  const { gateways } = useAppServices();
  return (
    <nav className="playgrounds">
      <a href={gateways.writeUrl} target="_blank" rel="noreferrer">
        Write GraphiQL
      </a>
      <a href={gateways.readUrl} target="_blank" rel="noreferrer">
        Read GraphiQL
      </a>
    </nav>
  );
}
