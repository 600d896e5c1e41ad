import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type RunningHttpServer } from './http-server';

/** Everything the server sends a connection until it closes it. */
async function answerTo(socket: Socket): Promise<string> {
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  socket.on('error', () => {});
  await once(socket, 'close');
  return answer;
}

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
    const answer = await answerTo(connect(server.port, '127.0.0.1'));
    expect(answer).toMatch(/^HTTP\/1\.1 503 /);
    expect(answer).toContain('"code":"TOO_MANY_CONNECTIONS"');
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
    const answer = await answerTo(connect(server.port, '127.0.0.1'));
    expect(answer).toMatch(/^HTTP\/1\.1 503 /);
    expect(answer).toContain('"limit":{"name":"max_connections_per_address"}');
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

  it('counts a connection upgraded to a WebSocket apart from its HTTP connections', async () => {
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      maxConnections: 1,
      handler: (_req, res) => res.end('ok'),
    });
    // What a WebSocket server does with an upgrade it accepts: the socket is its own from then on.
    server.server.on('upgrade', (_request, socket: Socket) => {
      socket.on('end', () => socket.destroy());
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    });
    const upgraded = connect(server.port, '127.0.0.1');
    upgraded.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n');
    const [switched] = (await once(upgraded, 'data')) as [Buffer];
    expect(switched.toString()).toMatch(/^HTTP\/1\.1 101 /);
    // The one HTTP place is free again while the upgraded socket stays open.
    expect(await (await fetch(`${server.url}/`)).text()).toBe('ok');
    upgraded.destroy();
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
