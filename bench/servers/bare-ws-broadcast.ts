// Baseline for fan-out: a bare `ws` server that broadcasts one payload to every client it has.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    for (const client of wss.clients) client.send(body);
    response.end(String(wss.clients.size));
  });
});
const wss = new WebSocketServer({ server });
server.maxConnections = 20_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
