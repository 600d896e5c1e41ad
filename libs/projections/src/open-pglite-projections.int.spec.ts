import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { openPgliteProjections } from './open-projections';

describe('the read models on PGlite', () => {
  it('say how to open PGlite when it lacks the extensions they use', async () => {
    const bare = new PGlite();
    try {
      await expect(openPgliteProjections(bare)).rejects.toThrow(
        /need PGlite opened with the extensions they use: newPglite/,
      );
    } finally {
      await bare.close();
    }
  });
});
