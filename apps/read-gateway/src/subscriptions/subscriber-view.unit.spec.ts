import { anonymous, type Caller } from '@sluice/auth';
import { describe, expect, it } from 'vitest';
import { subscriberView } from './subscriber-view';

const caller = (sub: string, ...roles: Caller['roles']): Caller => ({
  sub,
  roles,
  expiresAt: Date.now() + 60_000,
});

describe('the view subscribers share', () => {
  it('is one view for everyone on public fields, run as anonymous', () => {
    const views = [anonymous, caller('ada', 'customer'), caller('olga', 'operator')].map((one) =>
      subscriberView(one, true),
    );
    expect(new Set(views.map((view) => view.key)).size).toBe(1);
    expect(views[0]!.caller).toBe(anonymous);
  });

  it('is shared by operators whoever they are, and runs without their token or id', () => {
    const [olga, otto] = [caller('olga', 'operator'), caller('otto', 'operator')].map((one) =>
      subscriberView(one, false),
    );
    expect(olga!.key).toBe(otto!.key);
    expect(olga!.caller).toEqual({ sub: undefined, roles: ['operator'], expiresAt: undefined });
  });

  it("is each customer's own, and never an operator's or an analyst's", () => {
    const keys = [
      caller('ada', 'customer'),
      caller('bob', 'customer'),
      caller('ana', 'analyst'),
      caller('ada', 'analyst', 'customer'),
      caller('olga', 'operator'),
      anonymous,
    ].map((one) => subscriberView(one, false).key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(subscriberView(caller('ada', 'customer'), false).caller).toEqual({
      sub: 'ada',
      roles: ['customer'],
      expiresAt: undefined,
    });
  });
});
