import { once } from 'node:events';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from './http-server';

describe('the HTTP server at its edge', () => {
  let server: RunningHttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('tells of each connection it refuses because too many are open', async () => {
    const refused: string[] = [];
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      maxConnections: 1,
      onRefused: (reason) => refused.push(reason),
      handler: (_req, res) => res.end('ok'),
    });
    const first = connect(server.port, '127.0.0.1');
    await once(first, 'connect');
    const second = connect(server.port, '127.0.0.1');
    second.on('error', () => {});
    await once(second, 'close');
    expect(refused).toEqual(['max_connections']);
    first.destroy();
  });
});
