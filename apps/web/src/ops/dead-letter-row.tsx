import { useState } from 'react';
import type { OpsStatusQuery } from '../generated/read/graphql';
import type { DeadLetterAction } from './use-dead-letter-action';

export type DeadLetter = OpsStatusQuery['projections'][number]['deadLetters'][number];

const confirmations: Record<DeadLetterAction, (letter: DeadLetter) => string> = {
  retry: (letter) =>
    `Apply the event at ${letter.position} to ${letter.projection} again, with the code running now?`,
  skip: (letter) => `Let ${letter.projection} go on without the event at ${letter.position}, for good?`,
};

/** One dead letter: its event and error, and retry or skip, each asked for twice. */
export function DeadLetterRow(props: {
  letter: DeadLetter;
  busy: boolean;
  onAction: (action: DeadLetterAction, letter: DeadLetter) => void;
}) {
  const { letter, busy } = props;
  const [asking, setAsking] = useState<DeadLetterAction | undefined>();
  return (
    <li className="dead-letter" data-dead-letter={letter.id} aria-label={`Dead letter ${letter.id}`}>
      <div className="dead-letter-main">
        <span className="event-type">{letter.type}</span>
        <span className="sub">
          {letter.projection} · position {letter.position} · event {letter.eventId} · {letter.attempts}{' '}
          {letter.attempts === 1 ? 'attempt' : 'attempts'} ·{' '}
          <time dateTime={letter.deadLetteredAt}>{new Date(letter.deadLetteredAt).toLocaleString()}</time>
        </span>
      </div>
      <pre className="dead-letter-error">{letter.error}</pre>
      {asking ? (
        <div className="dead-letter-confirm" role="group" aria-label="Confirm">
          <span>{confirmations[asking](letter)}</span>
          <button
            type="button"
            className={asking === 'skip' ? 'danger' : undefined}
            disabled={busy}
            onClick={() => {
              setAsking(undefined);
              props.onAction(asking, letter);
            }}
          >
            {asking === 'retry' ? 'Yes, retry' : 'Yes, skip'}
          </button>
          <button type="button" className="secondary" onClick={() => setAsking(undefined)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => setAsking('retry')}>
            {busy ? 'Working…' : 'Retry'}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => setAsking('skip')}>
            Skip
          </button>
        </div>
      )}
    </li>
  );
}
