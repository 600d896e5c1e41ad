import { createConsoleLogger } from '@sluice/gateway';
import { authHeader, LogLines, subscribeWs, testAuthSecret, wsClient } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from './start-system';
import { modes, startSystemIn } from './test-support/system-modes';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids of graphql-ws operations', () => {
  let system: RunningSystem;
  let cleanup: () => Promise<void>;
  const lines = new LogLines();

  beforeAll(async () => {
    ({ system, cleanup } = await startSystemIn(
      modes[0]!,
      { AUTH_SECRET: testAuthSecret },
      { logger: createConsoleLogger('ws-ids', { level: 'debug', destination: lines }) },
    ));
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it('logs each operation on a socket under an id of its own', async () => {
    const socket = wsClient(system.readUrl, await authHeader('operator'));
    try {
      for (const name of ['First', 'Second']) {
        const received = subscribeWs(socket, `query ${name} { me { id } }`);
        await expect.poll(() => received.completed).toBe(true);
      }
    } finally {
      await socket.dispose();
    }
    const operations = lines.withMessage('websocket operation');
    expect(operations.map((line) => line.operationName)).toEqual(['First', 'Second']);
    const ids = operations.map((line) => line.requestId);
    for (const id of ids) expect(id).toMatch(uuid);
    expect(new Set(ids).size).toBe(2);
  });
});
