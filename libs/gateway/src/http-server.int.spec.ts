import { once } from 'node:events';
import { connect } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('closes connections past its cap for one address, leaving room for other clients', async () => {
    const refused: string[] = [];
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      maxConnectionsPerAddress: 2,
      onRefused: (reason) => refused.push(reason),
      handler: (_req, res) => res.end('ok'),
    });
    const held = [connect(server.port, '127.0.0.1'), connect(server.port, '127.0.0.1')];
    await Promise.all(held.map((socket) => once(socket, 'connect')));
    const third = connect(server.port, '127.0.0.1');
    third.on('error', () => {});
    await once(third, 'close');
    expect(refused).toEqual(['max_connections_per_address']);

    // Once one of them goes, the address may connect again.
    held[0]!.destroy();
    await once(held[0]!, 'close');
    // The server counts it gone when it sees the close: retried until then, not timed.
    const url = server.url;
    await vi.waitFor(async () => expect(await (await fetch(`${url}/`)).text()).toBe('ok'), {
      timeout: 10_000,
      interval: 20,
    });
    held[1]!.destroy();
  });

  it('answers 408 and closes a request whose headers or body trickle in past their time', async () => {
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
      handler: (req, res) => {
        req.resume();
        req.on('end', () => res.end('ok'));
      },
    });
    const trickle = async (first: string) => {
      const socket = connect(server!.port, '127.0.0.1');
      await once(socket, 'connect');
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.write(first);
      // One byte now and then, never the end: the server must give up on its own.
      const drip = setInterval(() => socket.write('x'), 100);
      await once(socket, 'close');
      clearInterval(drip);
      return answer;
    };
    expect(await trickle('POST / HTTP/1.1\r\nHost: x\r\nX-Slow: ')).toMatch(/^HTTP\/1\.1 408/);
    expect(await trickle('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 408/,
    );
  });
});
