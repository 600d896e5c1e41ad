import type { OpsStatusQuery } from '../generated/read/graphql';
import { formatEvents, formatSeconds } from './durations';

type Rebuild = NonNullable<OpsStatusQuery['projections'][number]['rebuild']>;

const phases: Record<NonNullable<Rebuild['phase']>, string> = {
  CATCHING_UP: 'catching up',
  WRITING: 'writing',
  INDEXING: 'indexing',
  SWITCHING: 'switching',
  SWITCHED: 'switched',
};

/**
 * A new generation being built, as the CLI's bar shows it: phase, how far (of the log's events,
 * as they stand now), events per second, position and the time left at that rate.
 */
export function RebuildProgress({ name, rebuild }: { name: string; rebuild: Rebuild }) {
  const total = rebuild.events + rebuild.lag;
  const percent = total === 0 ? 0 : Math.floor((rebuild.events / total) * 100);
  return (
    <div className="rebuild" data-rebuild={name}>
      <div className="rebuild-head">
        <strong>
          {name}: generation {rebuild.generation} (code v{rebuild.codeVersion})
        </strong>{' '}
        <span className="sub">{rebuild.phase ? phases[rebuild.phase] : 'starting'}</span>
      </div>
      <progress max={100} value={percent} aria-label={`Rebuild of ${name}`}>
        {percent}%
      </progress>
      <p className="sub">
        {percent}% · {formatEvents(rebuild.events)} of {total.toLocaleString('en')} ·{' '}
        {Math.round(rebuild.eventsPerSecond).toLocaleString('en')} events/s · position {rebuild.position} ·
        ETA{' '}
        {rebuild.etaSeconds === null || rebuild.etaSeconds === undefined
          ? '—'
          : formatSeconds(rebuild.etaSeconds)}
      </p>
    </div>
  );
}
