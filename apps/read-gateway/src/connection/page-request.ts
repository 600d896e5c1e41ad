import { boundedSize } from './bounded-size';
import { decodeCursor } from './cursor';

/** @default 20 */
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/** A validated page: how many rows, and the sort key to start after (none: from the top). */
export interface PageRequest {
  size: number;
  after: bigint | undefined;
}

export function pageRequest(args: ConnectionArgs): PageRequest {
  return {
    size: boundedSize(args.first, 'first', DEFAULT_PAGE_SIZE),
    after: args.after === null || args.after === undefined ? undefined : decodeCursor(args.after),
  };
}
