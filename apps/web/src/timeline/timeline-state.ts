import type { TimelineEvent } from './timeline-event';

export interface TimelineEdge {
  /** Where the next page starts from, in either direction. */
  cursor: string;
  node: TimelineEvent;
}

export interface TimelineState {
  /** Newest first, one per version. */
  edges: readonly TimelineEdge[];
  /** Events older than the last one shown are left to load. */
  hasOlder: boolean;
  /** The first page is on its way: the panel has nothing to show yet. */
  loading: boolean;
  error: string | undefined;
}

export const emptyTimeline: TimelineState = { edges: [], hasOlder: false, loading: true, error: undefined };

/**
 * The edges known so far with those of a page, newest first: a page that arrives while another
 * was on its way may overlap it, and versions are unique within a stream.
 */
export function withEdges(known: readonly TimelineEdge[], page: readonly TimelineEdge[]): TimelineEdge[] {
  const byVersion = new Map(known.map((edge) => [edge.node.version, edge]));
  for (const edge of page) byVersion.set(edge.node.version, edge);
  return [...byVersion.values()].sort((a, b) => b.node.version - a.node.version);
}
