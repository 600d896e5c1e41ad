import type { DocumentNode, GraphQLField, GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { CostCache } from './cost-cache';
import { limitRefusal } from './limit-refusal';

/** How a list field's size argument sizes it: rows when it is left out, and the most it returns. */
export interface PageSize {
  fallback: number;
  max: number;
}

/** Page size arguments by name. */
export type PageSizes = Readonly<Record<string, PageSize>>;

/**
 * As the schemas document them: every connection's `first` (20 when left out, at most 100) and
 * `topProducts(limit:)` (5, at most 100).
 */
export const defaultPageSizes: PageSizes = {
  first: { fallback: 20, max: 100 },
  limit: { fallback: 5, max: 100 },
};

export interface CostOptions {
  /** The highest cost an operation may have. */
  maxCost: number;
  pageSizes: PageSizes;
}

export interface CostedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Readonly<Record<string, unknown>> | null;
  operationName?: string | null;
}

/** Counting stopped: the operation expands to more fields than its whole budget. */
class OverBudget extends Error {}

/**
 * The cost of an operation with the request's variables, so that a literal page size and a
 * variable one cost alike. A field costs 1 plus what its selection costs; a field with a page size
 * argument costs 1 plus its selection times the rows it may return: the argument's value, literal
 * or variable, capped at the most the field returns, or its size when left out. Fragments cost
 * what their fields cost inline; on an abstract type the costliest member counts.
 *
 * Undefined when `maxCost` is exceeded before counting ends (more fields than the budget, e.g.
 * fragments that each spread the next many times). Throws a GraphQLError for variables that do not
 * fit the operation; execution refuses those on its own.
 */
export function operationCost(operation: CostedOperation, options: CostOptions): number | undefined {
  let fields = 0;
  const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
    if (++fields > options.maxCost) throw new OverBudget();
    return 1 + rowsOf(field, args, options.pageSizes) * childComplexity;
  };
  try {
    return getComplexity({
      schema: operation.schema,
      query: operation.document,
      variables: { ...operation.variableValues },
      ...(operation.operationName ? { operationName: operation.operationName } : {}),
      estimators: [estimator],
      // Bounded by the estimator's count instead, which knows the budget.
      maxQueryNodes: Infinity,
    });
  } catch (error) {
    if (error instanceof OverBudget) return undefined;
    throw error;
  }
}

function rowsOf(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  sizes: PageSizes,
): number {
  for (const arg of field.args) {
    const size = sizes[arg.name];
    if (!size) continue;
    const value = args[arg.name];
    return typeof value === 'number' ? Math.min(Math.max(value, 0), size.max) : size.fallback;
  }
  return 1;
}

/**
 * Refuses an operation that costs more than `maxCost` before it runs, over every transport: the
 * cost is taken where the variables are known (execute and subscribe, which graphql-ws and
 * graphql-sse reach through Yoga's envelope too). Not a validation rule: Yoga caches validation
 * by document, and the same document costs more with a larger `$first`.
 */
export function useQueryCost(options: CostOptions): Plugin {
  const cache = new CostCache(new Set(Object.keys(options.pageSizes)));
  const refusal = (operation: CostedOperation): GraphQLError | undefined => {
    let cost: number | undefined;
    try {
      cost = cache.cost(operation.document, operation.operationName, operation.variableValues, () =>
        operationCost(operation, options),
      );
    } catch (error) {
      // Variables that do not fit: execution answers them as it does without this plugin.
      if (error instanceof GraphQLError) return undefined;
      throw error;
    }
    if (cost === undefined) return limitRefusal('cost', options.maxCost);
    return cost > options.maxCost ? limitRefusal('cost', options.maxCost, cost) : undefined;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}
