import { once } from 'node:events';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';

/**
 * Loopback addresses the probes come from. Linux routes all of 127.0.0.0/8 to the loopback
 * device, so a client may bind any of them: the abuser's connections and a bystander's are then
 * from different addresses, as they would be in the wild, and the caps per address tell them apart.
 */
export const abuser = '127.0.0.1';
export const bystander = '127.0.0.2';
/** The nth of several abusing addresses (127.0.0.11, 127.0.0.12, …). */
export const abuserNumber = (n: number) => `127.0.0.${11 + n}`;

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTP request on a connection of its own, from `from`: a client that has never been here. */
export function requestFrom(
  url: string,
  options: { from?: string; method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        localAddress: options.from ?? bystander,
        agent: false,
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

export interface GraphQLAnswer<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A GraphQL request from `from` (the bystander unless told), on a connection of its own. */
export async function graphqlFrom<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: { headers?: Record<string, string>; from?: string } = {},
): Promise<GraphQLAnswer<T>> {
  const answer = await requestFrom(url, { ...options, body: JSON.stringify({ query, variables }) });
  return { status: answer.status, ...(JSON.parse(answer.text) as Omit<GraphQLAnswer<T>, 'status'>) };
}

/** Raw connections that send the start of a request and never the rest, as a slowloris does. */
export interface HalfSentRequests {
  /** The first line of each answer the server sent (its status line), in the order they came. */
  statusLines: string[];
  /** The body of each answer, in the same order. */
  bodies: string[];
  closed(): number;
  release(): void;
}

export function halfSentRequests(url: string, count: number, from = abuser): HalfSentRequests {
  const target = new URL(url);
  const sockets: Socket[] = [];
  const probe: HalfSentRequests = {
    statusLines: [],
    bodies: [],
    closed: () => sockets.filter((socket) => socket.closed).length,
    release: () => sockets.forEach((socket) => socket.destroy()),
  };
  for (let i = 0; i < count; i++) {
    const socket = connect({ host: target.hostname, port: Number(target.port), localAddress: from });
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (answer === '') return;
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      probe.statusLines.push(head.split('\r\n')[0]!);
      probe.bodies.push(body);
    });
    // The headers are never finished.
    socket.write(
      `POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\nX-Half`,
    );
    sockets.push(socket);
  }
  return probe;
}

/** One request whose body comes a byte at a time, every `everyMs`, never reaching its declared length. */
export async function trickledBody(url: string, everyMs: number, from = abuser) {
  const target = new URL(url);
  const socket = connect({ host: target.hostname, port: Number(target.port), localAddress: from });
  await once(socket, 'connect');
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  socket.on('error', () => undefined);
  socket.write(
    `POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{`,
  );
  const drip = setInterval(() => socket.write(' '), everyMs);
  const ended = once(socket, 'close').then(() => {
    clearInterval(drip);
    return answer.split('\r\n')[0]!;
  });
  return { ended, closed: () => socket.closed, stop: () => socket.destroy() };
}

/** What the server said to a WebSocket upgrade it refused: its status and body. */
export interface RefusedUpgrade {
  status: number;
  body: string;
}

/**
 * A graphql-ws socket from `from` that is opened and initialised (connection_ack), then left idle:
 * resolves with it once acknowledged, or with the server's refusal.
 */
export function idleWebSocket(url: string, from: string): Promise<WebSocket | RefusedUpgrade> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { localAddress: from });
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.once('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string };
      if (message.type === 'connection_ack') resolve(socket);
      else reject(new Error(`expected connection_ack, got ${message.type}`));
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', reject);
  });
}
