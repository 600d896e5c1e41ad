import { useSyncExternalStore } from 'react';
import { useAppServices } from '../app-services';

const labels = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' } as const;

export function ConnectionIndicator() {
  const { connection } = useAppServices();
  const status = useSyncExternalStore(
    (listener) => connection.onStatus(listener),
    () => connection.currentStatus,
  );
  return (
    <span className={`connection connection-${status}`} data-testid="connection" data-status={status}>
      <span className="dot" aria-hidden="true" />
      {labels[status]}
    </span>
  );
}
