import { describe, expect, it } from 'vitest';
import { actorLabel } from './actor-label';

describe('actorLabel', () => {
  it('names the caller with the roles their token had', () => {
    expect(actorLabel({ sub: 'ada', roles: ['customer'] })).toBe('ada (customer)');
    expect(actorLabel({ sub: 'ann', roles: ['operator', 'analyst'] })).toBe('ann (operator, analyst)');
  });

  it('names the system alone, as the gateway reports an event no caller caused', () => {
    expect(actorLabel({ sub: 'system', roles: [] })).toBe('system');
  });
});
