// node --import tsx bench/trace-paths.ts [stories] [embedded|postgres]
//
// Where a command's push spends its time, stage by stage: the system runs with its OpenTelemetry
// traces sent to a collector in this process, the client sends each command with a traceparent of
// its own, and each trace's spans (mutation, command, relay send, delivery, apply, push) are laid
// out against the client's own times (sent, response, and the frame on `events`; a product feed is
// held too, so that product states are pushed). A profile, not a figure: tracing
// costs a little on each stage (about 70 bytes more per event, a span per stage).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authHeader, wsClient } from '@sluice/testing';
import { embedded, onServices, start, type Deployment } from './lib/deployments';
import { percentiles } from './lib/latency';
import { sendCommand, shopStory, type Command } from './lib/shop-story';

interface Span {
  traceId: string;
  name: string;
  start: number;
  end: number;
}

interface OtlpSpan {
  traceId: string;
  name: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
}

interface OtlpExport {
  resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: OtlpSpan[] }> }>;
}

/** A trace's stages, in the order a command goes through them. */
type Stage = 'mutation' | 'command' | 'send' | 'process' | 'apply projections' | 'push subscriptions';

const nanosToMs = (nanos: string) => Number(BigInt(nanos) / 1000n) / 1000;
const nowMs = () => performance.timeOrigin + performance.now();

/** An OTLP/HTTP (JSON) collector keeping every span it is sent. */
async function collector(): Promise<{ url: string; spans: Span[]; close(): void }> {
  const spans: Span[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as OtlpExport;
      for (const resource of body.resourceSpans ?? [])
        for (const scope of resource.scopeSpans ?? [])
          for (const span of scope.spans ?? [])
            spans.push({
              traceId: span.traceId,
              // Named by the operation, or by the exchange and queue (with the deployment's prefix).
              name:
                span.name.split(' ')[0] === 'apply' || span.name.split(' ')[0] === 'push'
                  ? span.name
                  : span.name.split(' ')[0]!,
              start: nanosToMs(span.startTimeUnixNano),
              end: nanosToMs(span.endTimeUnixNano),
            });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, spans, close: () => server.close() };
}

interface Sample {
  command: Command;
  traceId: string;
  sent: number;
  answered: number;
  position: bigint;
  frame?: number;
}

const stories = Number(process.argv[2] ?? 60);
const where = process.argv[3] ?? 'postgres';
const traces = await collector();
const deploy: () => Promise<Deployment> = where === 'embedded' ? embedded : () => onServices(true);
const deployment = await deploy();
deployment.env = {
  ...deployment.env,
  OTEL_EXPORTER_OTLP_ENDPOINT: traces.url,
  OTEL_BSP_SCHEDULE_DELAY: '200',
  OTEL_SERVICE_NAME: 'trace-paths',
};
const running = await start(deployment, []);
try {
  const operator = await authHeader('operator');
  const client = wsClient(running.urls.read, operator);
  const frames: Array<{ position: bigint; at: number }> = [];
  let arrived: () => void = () => {};
  client.subscribe<{ events: { position: string } }>(
    { query: 'subscription { events { position } }' },
    {
      next: (result) => {
        if (result.data) frames.push({ position: BigInt(result.data.events.position), at: nowMs() });
        arrived();
      },
      error: (error) => console.error('subscription failed', error),
      complete: () => {},
    },
  );
  // A dashboard's product feed too, so that the read side pushes (and traces) product states.
  client.subscribe(
    { query: 'subscription { productChanged { id stock unitsSold position } }' },
    { next: () => {}, error: (error) => console.error('subscription failed', error), complete: () => {} },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const samples: Sample[] = [];
  for (let story = 0; story < stories; story++)
    await shopStory(async (command, input) => {
      const traceId = randomBytes(16).toString('hex');
      const headers = { ...operator, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
      const sent = nowMs();
      const accepted = await sendCommand(running.urls.write, headers, command, input);
      const sample: Sample = { command, traceId, sent, answered: nowMs(), position: accepted.position };
      samples.push(sample);
      for (;;) {
        const frame = frames.find((one) => one.position >= accepted.position);
        if (frame) {
          sample.frame = frame.at;
          frames.length = 0;
          break;
        }
        await new Promise<void>((resolve) => (arrived = resolve));
      }
      return accepted;
    }, 'trace-paths');
  await client.dispose();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  report(samples, traces.spans);
} finally {
  await running.stop();
  await deployment.cleanup();
  traces.close();
}

function report(samples: readonly Sample[], spans: readonly Span[]): void {
  const byTrace = new Map<string, Map<string, Span>>();
  for (const span of spans) {
    const trace = byTrace.get(span.traceId) ?? new Map<string, Span>();
    // The first of a name: a batch's own, not a later delivery that found it applied.
    if (!trace.has(span.name)) trace.set(span.name, span);
    byTrace.set(span.traceId, trace);
  }
  const rows: Record<string, Record<string, string>> = {};
  const commandsSeen = [...new Set(samples.map((sample) => sample.command))];
  for (const command of [...commandsSeen, 'all']) {
    const mine = samples.filter((sample) => command === 'all' || sample.command === command);
    const steps = new Map<string, number[]>();
    const add = (name: string, value: number | undefined) => {
      if (value === undefined || Number.isNaN(value)) return;
      steps.set(name, [...(steps.get(name) ?? []), value]);
    };
    for (const sample of mine) {
      const trace = byTrace.get(sample.traceId);
      if (!trace || sample.frame === undefined) continue;
      /** From one span's edge to another's, when the trace has both. */
      const gap = (from: Stage, fromEdge: 'start' | 'end', to: Stage, toEdge: 'start' | 'end') => {
        const first = trace.get(from);
        const second = trace.get(to);
        return first && second ? second[toEdge] - first[fromEdge] : undefined;
      };
      const mutation = trace.get('mutation');
      const push = trace.get('push subscriptions');
      add('sent → mutation span', mutation && mutation.start - sample.sent);
      add('mutation span', gap('mutation', 'start', 'mutation', 'end'));
      add('  of it: command', gap('command', 'start', 'command', 'end'));
      add('mutation end → response', mutation && sample.answered - mutation.end);
      add('mutation end → send', gap('mutation', 'end', 'send', 'start'));
      add('send', gap('send', 'start', 'send', 'end'));
      add('send → process', gap('send', 'start', 'process', 'start'));
      add('process → apply', gap('process', 'start', 'apply projections', 'start'));
      add('apply', gap('apply projections', 'start', 'apply projections', 'end'));
      add('apply → push', gap('apply projections', 'end', 'push subscriptions', 'start'));
      add('push', gap('push subscriptions', 'start', 'push subscriptions', 'end'));
      add('push end → frame', push && sample.frame - push.end);
      add('response → frame', sample.frame - sample.answered);
      add('sent → frame', sample.frame - sample.sent);
    }
    for (const [step, values] of steps) {
      rows[step] ??= {};
      rows[step][command] = percentiles(values).p50.toFixed(2);
    }
  }
  const names = new Map<string, number>();
  for (const span of spans) names.set(span.name, (names.get(span.name) ?? 0) + 1);
  console.log(
    `p50 ms per stage, ${samples.length} commands (${where}); spans: ${[...names].map(([name, count]) => `${name} ${count}`).join(', ')}`,
  );
  console.table(rows);
}
