import type { OpsStatusQuery } from '../generated/read/graphql';
import { LagCell } from './lag-cell';
import { RebuildProgress } from './rebuild-progress';

const badges = { LIVE: 'badge-paid', REBUILDING: 'badge-placed', FAILING: 'badge-cancelled' } as const;

/** Each projection: how far it has applied the log and trails it, its state, and any rebuild. */
export function ProjectionsPanel({ projections }: { projections: OpsStatusQuery['projections'] }) {
  const rebuilding = projections.filter((projection) => projection.rebuild);
  return (
    <section className="panel ops-projections" aria-label="Projections">
      <h2>Projections</h2>
      <table className="table">
        <thead>
          <tr>
            <th>Projection</th>
            <th>State</th>
            <th className="num">Position</th>
            <th className="num">Lag</th>
            <th className="num">Generation</th>
            <th className="num">Dead letters</th>
          </tr>
        </thead>
        <tbody>
          {projections.map((projection) => (
            <tr key={projection.id} data-projection={projection.name} data-state={projection.state}>
              <td className="name">{projection.name}</td>
              <td>
                <span className={`badge ${badges[projection.state]}`}>{projection.state}</span>
                {projection.stale && <span className="sub"> built by other code</span>}
              </td>
              <td className="num">{projection.position}</td>
              <LagCell events={projection.lag} seconds={projection.lagSeconds} />
              <td className="num">
                {projection.generation}
                {projection.codeVersion !== null && projection.codeVersion !== undefined && (
                  <span className="sub"> v{projection.codeVersion}</span>
                )}
              </td>
              <td className="num" data-dead-letters={projection.deadLetterCount}>
                {projection.deadLetterCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rebuilding.length > 0 && <h3>Rebuilding</h3>}
      {rebuilding.map((projection) => (
        <RebuildProgress key={projection.id} name={projection.name} rebuild={projection.rebuild!} />
      ))}
    </section>
  );
}
