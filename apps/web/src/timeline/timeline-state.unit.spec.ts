import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './timeline-event';
import { withEdges, type TimelineEdge } from './timeline-state';

const edge = (version: number): TimelineEdge => ({
  cursor: `c${version}`,
  node: { version } as TimelineEvent,
});
const versions = (edges: readonly TimelineEdge[]) => edges.map((e) => e.node.version);

describe('withEdges', () => {
  it('keeps the newest first whichever end a page adds to', () => {
    const first = withEdges([], [edge(5), edge(4), edge(3)]);
    const older = withEdges(first, [edge(2), edge(1)]);
    const newer = withEdges(older, [edge(6), edge(7)]);
    expect(versions(newer)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('shows an event once when two pages overlap', () => {
    expect(versions(withEdges([edge(3), edge(2)], [edge(4), edge(3), edge(2), edge(1)]))).toEqual([
      4, 3, 2, 1,
    ]);
  });
});
