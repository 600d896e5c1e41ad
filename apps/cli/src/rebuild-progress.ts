import { rebuildPace, type RebuildProgress } from '@sluice/projections';
import cliProgress from 'cli-progress';

/** Where a rebuild stands, shown on `stream`: a bar on a terminal, a plain line every few seconds elsewhere. */
export interface ProgressDisplay {
  update(progress: RebuildProgress): void;
  stop(): void;
}

const FORMAT =
  '{phase} [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | position {position} | ETA {eta_formatted}';

/** A bar over `total` events, the log's size when the rebuild starts (it grows with the log). */
export function rebuildProgressBar(stream: NodeJS.WriteStream, total: number): ProgressDisplay {
  // cli-progress draws, sizes and estimates; off a terminal it prints its line on a schedule.
  const bar = new cliProgress.SingleBar(
    { stream, format: FORMAT, noTTYOutput: true, notTTYSchedule: 2000, hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  let shownTotal = Math.max(total, 1);
  let stopped = false;
  bar.start(shownTotal, 0, { phase: 'starting', rate: 0, position: '0' });
  return {
    update({ phase, events, position, seconds }) {
      if (stopped) return;
      if (events > shownTotal) bar.setTotal((shownTotal = events));
      // The rate as the ops page shows it; cli-progress keeps its own moving estimate of the ETA.
      const rate = Math.round(rebuildPace(events, seconds, 0).eventsPerSecond).toLocaleString('en');
      bar.update(events, { phase, rate, position: String(position) });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
