/** One headline figure: what was measured against which baseline, in the same run. */
export interface Figure {
  name: string;
  backend: string;
  value: number;
  baseline: number;
  unit: string;
  /** value / baseline; for latencies the caller states which way is better. */
  ratio: number;
  target?: string;
  notes?: string;
  /** One of many of a kind (each command path): kept in the results, left out of the printed table. */
  detail?: boolean;
}

export function figure(fields: Omit<Figure, 'ratio'>): Figure {
  return { ...fields, ratio: fields.baseline === 0 ? 0 : fields.value / fields.baseline };
}

export function printFigures(figures: readonly Figure[]): void {
  const rows = figures
    .filter((f) => !f.detail)
    .map((f) => ({
      figure: f.name,
      backend: f.backend,
      value: `${round(f.value)} ${f.unit}`,
      baseline: `${round(f.baseline)} ${f.unit}`,
      ratio: `${f.ratio.toFixed(2)}×`,
      target: f.target ?? '',
    }));
  console.table(rows);
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}
