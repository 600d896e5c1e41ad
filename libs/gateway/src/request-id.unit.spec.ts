import { describe, expect, it } from 'vitest';
import { requestIdOf } from './request-id';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const headers = (values: Record<string, string>) => (name: string) => values[name];

describe("a request's id", () => {
  it("is the client's x-request-id when it is 1 to 128 letters, digits, '.', '_', ':' or '-'", () => {
    for (const sent of ['abc-123', 'a', 'Trace:1.2_3-x', 'x'.repeat(128)]) {
      expect(requestIdOf(headers({ 'x-request-id': sent }))).toBe(sent);
    }
  });

  it('is a new one in place of anything else, never the value sent', () => {
    const hostile = ['x'.repeat(129), 'abc\n{"level":"fatal"}', 'abc\r\n', 'a b', 'a"b', 'café', 'a,b'];
    for (const sent of hostile) {
      expect(requestIdOf(headers({ 'x-request-id': sent }))).toMatch(uuid);
    }
  });

  it('falls back to x-correlation-id, then to a new one, each answer new', () => {
    expect(requestIdOf(headers({ 'x-correlation-id': 'legacy-1' }))).toBe('legacy-1');
    expect(requestIdOf(headers({ 'x-request-id': 'new-1', 'x-correlation-id': 'legacy-1' }))).toBe('new-1');
    const first = requestIdOf(headers({}));
    expect(first).toMatch(uuid);
    expect(requestIdOf(headers({ 'x-request-id': '' }))).not.toBe(first);
  });
});
