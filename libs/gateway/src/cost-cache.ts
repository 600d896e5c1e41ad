import { Kind, visit, type DocumentNode } from 'graphql';

interface DocumentCosts {
  /** The variables the cost depends on: those sizing a page, or including or skipping fields. */
  inputs: readonly string[];
  costs: Map<string, number | undefined>;
}

/**
 * Costs already taken, by document. A document's cost changes only with the variables that size
 * its pages or include and skip its fields, so it is kept per document and per value of those
 * (a few per document). Yoga parses each query string once (its parser cache), so a query sent
 * again finds its cost here instead of being costed again.
 */
export class CostCache {
  private readonly documents = new WeakMap<DocumentNode, DocumentCosts>();

  constructor(
    private readonly sizeArguments: ReadonlySet<string>,
    private readonly perDocument = 32,
  ) {}

  /** The document's cost with these variables; `compute` runs on a miss, and what it throws is not kept. */
  cost(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Readonly<Record<string, unknown>> | null | undefined,
    compute: () => number | undefined,
  ): number | undefined {
    let entry = this.documents.get(document);
    if (!entry) {
      entry = { inputs: costInputs(document, this.sizeArguments), costs: new Map() };
      this.documents.set(document, entry);
    }
    const values = entry.inputs.map((name) =>
      variables && Object.hasOwn(variables, name) ? [variables[name]] : [],
    );
    const key = JSON.stringify([operationName ?? null, values]);
    if (entry.costs.has(key)) return entry.costs.get(key);
    const cost = compute();
    if (entry.costs.size >= this.perDocument) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  }
}

function costInputs(document: DocumentNode, sizeArguments: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  visit(document, {
    Field(field) {
      for (const arg of field.arguments ?? []) {
        if (sizeArguments.has(arg.name.value) && arg.value.kind === Kind.VARIABLE)
          names.add(arg.value.name.value);
      }
    },
    Directive(directive) {
      if (directive.name.value !== 'include' && directive.name.value !== 'skip') return;
      for (const arg of directive.arguments ?? []) {
        if (arg.value.kind === Kind.VARIABLE) names.add(arg.value.name.value);
      }
    },
  });
  return [...names].sort();
}
