import { describe, expect, it } from 'vitest';
import { containsPattern } from './contains-pattern';

describe('search pattern', () => {
  it('matches the trimmed text anywhere', () => {
    expect(containsPattern('  mug ')).toBe('%mug%');
  });

  it('is no filter at all for nothing, or only spaces', () => {
    expect(containsPattern(undefined)).toBeUndefined();
    expect(containsPattern(null)).toBeUndefined();
    expect(containsPattern('   ')).toBeUndefined();
  });

  it("takes LIKE's wildcards and escape character literally", () => {
    expect(containsPattern('50%')).toBe('%50\\%%');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
    expect(containsPattern('c:\\tmp')).toBe('%c:\\\\tmp%');
  });
});
