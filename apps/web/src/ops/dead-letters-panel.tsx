import type { OpsStatusQuery } from '../generated/read/graphql';
import { DeadLetterRow } from './dead-letter-row';
import { useDeadLetterAction } from './use-dead-letter-action';

/** Every projection's waiting dead letters, newest first, with retry and skip. */
export function DeadLettersPanel(props: {
  projections: OpsStatusQuery['projections'];
  onChanged: () => void;
}) {
  const { pending, feedback, run } = useDeadLetterAction(props.onChanged);
  // One set aside by every projection ("*") is listed under each: show it once.
  const letters = [
    ...new Map(props.projections.flatMap((p) => p.deadLetters).map((letter) => [letter.id, letter])).values(),
  ];
  const waiting = props.projections.reduce((sum, p) => sum + p.deadLetterCount, 0);
  return (
    <section className="panel ops-dead-letters" aria-label="Dead letters">
      <h2>
        Dead letters <span className="sub">{waiting} waiting</span>
      </h2>
      {feedback && (
        <p
          className={feedback.kind === 'done' ? 'notice' : 'form-error'}
          role={feedback.kind === 'done' ? 'status' : 'alert'}
        >
          {feedback.message}
        </p>
      )}
      <ol className="dead-letters">
        {letters.map((letter) => (
          <DeadLetterRow
            key={letter.id}
            letter={letter}
            busy={pending === letter.id}
            onAction={(action, which) => void run(action, which)}
          />
        ))}
        {letters.length === 0 && <li className="empty">No dead letters waiting.</li>}
      </ol>
      {letters.length < waiting && (
        <p className="sub">The newest 20 of each projection are shown: resolve them to see the rest.</p>
      )}
    </section>
  );
}
