import { describe, expect, it } from 'vitest';
import { bucketName, bucketTick, tickEvery } from './bucket-label';
import { msUntilNextBucket, rangeWindow } from './sales-range';

const now = new Date('2026-11-27T14:35:10.000Z');

describe('rangeWindow', () => {
  it('reaches back 47 hours, so the hour holding now is the 48th bucket', () => {
    expect(rangeWindow('hours', now)).toEqual({
      from: '2026-11-25T15:35:10.000Z',
      to: '2026-11-27T14:35:10.000Z',
      bucket: 'HOUR',
    });
  });

  it('reaches back 29 days by the day', () => {
    expect(rangeWindow('days', now)).toMatchObject({ from: '2026-10-29T14:35:10.000Z', bucket: 'DAY' });
  });
});

describe('msUntilNextBucket', () => {
  it('counts to the next UTC hour or midnight, a whole bucket at its very start', () => {
    expect(msUntilNextBucket('hours', now)).toBe((24 * 60 + 50) * 1000);
    expect(msUntilNextBucket('days', now)).toBe(((9 * 60 + 24) * 60 + 50) * 1000);
    expect(msUntilNextBucket('hours', new Date('2026-11-27T15:00:00.000Z'))).toBe(3_600_000);
  });
});

describe('bucket labels', () => {
  it('name buckets in UTC, as the gateway cuts them', () => {
    const bucket = { start: '2026-11-27T23:00:00.000Z', end: '2026-11-28T00:00:00.000Z' };
    expect(bucketTick(bucket.start, 'HOUR')).toBe('23:00');
    expect(bucketName(bucket, 'HOUR')).toBe('Nov 27, 23:00–00:00 UTC');
    expect(bucketName({ start: '2026-11-27T00:00:00.000Z', end: '2026-11-28T00:00:00.000Z' }, 'DAY')).toBe(
      'Nov 27 UTC',
    );
  });

  it('label at most eight bars under the axis', () => {
    expect(tickEvery(48)).toBe(6);
    expect(tickEvery(30)).toBe(4);
    expect(tickEvery(3)).toBe(1);
  });
});
