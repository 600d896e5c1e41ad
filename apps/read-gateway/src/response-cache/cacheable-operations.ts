import { getOperationAST, OperationTypeNode, visit, type DocumentNode } from 'graphql';

/**
 * Root fields whose answers do not follow the read models alone: the audit trail reads the log
 * (which may be ahead of them), the status of the relay and of the projections trails the log by
 * the clock, and `me` tells the token's own expiry.
 */
export const uncachedRootFields: readonly string[] = ['history', 'relay', 'projections', 'me'];

const known = new WeakMap<DocumentNode, boolean>();

/**
 * Whether the answer to `document` may be kept while the read models stand still: a query that
 * asks nothing as of the past (`asOf` folds the log, not the read models). The fields above are
 * left out by the cache's own rules.
 */
export function cacheableOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  if (getOperationAST(document, operationName)?.operation !== OperationTypeNode.QUERY) return false;
  let cacheable = known.get(document);
  if (cacheable === undefined) {
    cacheable = true;
    visit(document, {
      Argument(node) {
        if (node.name.value !== 'asOf') return;
        cacheable = false;
        return false;
      },
    });
    known.set(document, cacheable);
  }
  return cacheable;
}
