import { authHeader, postGraphQL, testAuthSecret, writeClient } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { RunningSystem } from './start-system';
import { modes, startSystemIn } from './test-support/system-modes';

for (const mode of modes) {
  describe.skipIf(mode.skip !== false)(`metrics on ${mode.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void>;
    let operator: { authorization: string };
    const base = (url: string) => url.replace(/\/graphql$/, '');
    const scrape = async (url: string, headers: Record<string, string> = operator) => {
      const response = await fetch(`${base(url)}/metrics`, { headers });
      return { status: response.status, text: await response.text() };
    };
    /** A metric's value, by its name and labels as they are printed. */
    const valueOf = (text: string, series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
    };

    beforeAll(async () => {
      ({ system, cleanup } = await startSystemIn(mode, { AUTH_SECRET: testAuthSecret }));
      operator = await authHeader('operator');
    });
    afterAll(() => cleanup?.());

    it('serves operators only: 401 without a token, 403 to a customer', async () => {
      for (const url of [system.writeUrl, system.readUrl]) {
        expect((await scrape(url, {})).status).toBe(401);
        expect((await scrape(url, { authorization: 'Bearer not-a-token' })).status).toBe(401);
        expect((await scrape(url, await authHeader('customer', 'c-1'))).status).toBe(403);
        expect((await scrape(url)).status).toBe(200);
      }
    });

    it('counts operations by type, never by the names callers give them, and shows the lag of each stage', async () => {
      const write = writeClient(system.writeUrl);
      const done = await write.registerProduct({
        sku: `M-${Date.now()}`,
        name: 'Metered',
        priceCents: 100,
        initialStock: 1,
      });
      const read = await postGraphQL(
        system.readUrl,
        'query CallerChosenName4711($p: Position) { salesStats(atLeast: $p) { ordersPlaced } }',
        { p: done.position },
        operator,
      );
      expect(read.errors).toBeUndefined();
      // The same twice: the second answered from what was kept, the read models not having moved.
      for (let i = 0; i < 2; i++)
        expect(
          (await postGraphQL(system.readUrl, '{ salesStats { ordersPlaced } }', {}, operator)).errors,
        ).toBeUndefined();

      const { text } = await scrape(system.readUrl);
      expect(valueOf(text, 'sluice_read_answers_total{source="kept",gateway="read"}')).toBeGreaterThanOrEqual(
        1,
      );
      expect(valueOf(text, 'sluice_read_answers_total{source="read",gateway="read"}')).toBeGreaterThanOrEqual(
        2,
      );
      expect(text).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationType="query"[^}]*\} [1-9]/);
      expect(text).not.toContain('CallerChosenName4711');
      for (const projection of ['products', 'orders', 'sales']) {
        expect(valueOf(text, `sluice_projection_lag_events{projection="${projection}",gateway="read"}`)).toBe(
          0,
        );
        expect(
          valueOf(text, `sluice_projection_lag_seconds{projection="${projection}",gateway="read"}`),
        ).toBe(0);
        expect(valueOf(text, `sluice_dead_letters{projection="${projection}",gateway="read"}`)).toBe(0);
      }
      expect(text).toContain('process_cpu_user_seconds_total');

      const written = await scrape(system.writeUrl);
      expect(valueOf(written.text, 'sluice_log_head{gateway="write"}')).toBeGreaterThanOrEqual(
        Number(done.position),
      );
      expect(written.text).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationType="mutation"/);
      // Shown by the process whose relay leads, which on PostgreSQL it does once it holds the lock.
      await vi.waitFor(
        async () =>
          expect(
            valueOf((await scrape(system.writeUrl)).text, 'sluice_relay_lag_events{gateway="write"}'),
          ).toBeGreaterThanOrEqual(0),
        { timeout: 10_000, interval: 50 },
      );
    });

    it('counts the sockets open and the upgrades refused', async () => {
      const url = system.readUrl.replace(/^http/, 'ws');
      const refused = new WebSocket(url, 'graphql-transport-ws', { origin: 'https://evil.example' });
      await new Promise((resolve) => refused.once('error', resolve));
      const open = new WebSocket(url, 'graphql-transport-ws');
      await new Promise((resolve) => open.once('open', resolve));

      const { text } = await scrape(system.readUrl);
      expect(
        valueOf(
          text,
          'sluice_refused_connections_total{transport="websocket",reason="foreign_origin",gateway="read"}',
        ),
      ).toBe(1);
      expect(valueOf(text, 'sluice_websocket_connections{gateway="read"}')).toBe(1);
      open.close();
    });
  });
}
