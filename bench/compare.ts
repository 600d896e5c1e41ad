import { readFileSync } from 'node:fs';
import type { Figure } from './lib/figures';

interface Results {
  at: string;
  quick: boolean;
  figures: Figure[];
}

/** `npm run bench -- --compare old.json new.json`: the change of every figure the two runs share. */
export function compareRuns(oldFile: string, newFile: string): void {
  const [before, after] = [oldFile, newFile].map((file) => JSON.parse(readFileSync(file, 'utf8')) as Results);
  const key = (f: Figure) => `${f.name} [${f.backend}]`;
  const earlier = new Map(before!.figures.map((f) => [key(f), f]));
  console.log(
    `comparing ${before!.at}${before!.quick ? ' (quick)' : ''} → ${after!.at}${after!.quick ? ' (quick)' : ''}`,
  );
  console.table(
    after!.figures.flatMap((f) => {
      const old = earlier.get(key(f));
      if (!old) return [];
      return [
        {
          figure: f.name,
          backend: f.backend,
          before: `${old.value.toFixed(2)} ${old.unit} (${old.ratio.toFixed(2)}×)`,
          after: `${f.value.toFixed(2)} ${f.unit} (${f.ratio.toFixed(2)}×)`,
          change: `${old.value === 0 ? 'n/a' : `${(((f.value - old.value) / old.value) * 100).toFixed(1)}%`}`,
        },
      ];
    }),
  );
}
