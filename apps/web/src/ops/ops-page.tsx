import { DeadLettersPanel } from './dead-letters-panel';
import { ProjectionsPanel } from './projections-panel';
import { RelayStatus } from './relay-status';
import { OPS_POLL_MS, useOpsStatus } from './use-ops-status';

/** For operators: the relay's and each projection's lag, dead letters to retry or skip, rebuilds. */
export function OpsPage() {
  const { status, error, refresh } = useOpsStatus();
  return (
    <main className="ops" aria-label="Operations">
      {error && (
        <p className="banner" role="alert">
          {error}
        </p>
      )}
      {status ? (
        <>
          <RelayStatus relay={status.relay} />
          <ProjectionsPanel projections={status.projections} />
          <DeadLettersPanel projections={status.projections} onChanged={refresh} />
        </>
      ) : (
        !error && <p className="muted">Reading the status…</p>
      )}
      <p className="sub">Read again every {OPS_POLL_MS / 1000} s.</p>
    </main>
  );
}
