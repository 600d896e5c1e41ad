// Why new connections waited seconds on the embedded default (bench/README, "Why reads afresh on
// the embedded default have a p99 of seconds"), without Sluice: an HTTP server whose "database"
// runs each statement synchronously inside promise chains, one at a time, as PGlite does, and 50
// clients in the same process. Prints over how long the connections were accepted and how long
// first answers took, with the statements run back to back, then with a turn of the event loop
// taken before each.
//   node --import tsx bench/profile-accept-starvation.ts
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const clients = 50;
const statementMs = 2;
const seconds = 4;

function holdThread(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

async function run(turnBeforeEach: boolean): Promise<string> {
  let queue: Promise<void> = Promise.resolve();
  const statement = () => {
    const done = queue.then(async () => {
      if (turnBeforeEach) await new Promise((resolve) => setImmediate(resolve));
      holdThread(statementMs);
    });
    queue = done;
    return done;
  };
  const accepted: number[] = [];
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    for await (const chunk of req) void chunk;
    await statement();
    await statement();
    res.end('ok');
  };
  const server = createServer((req, res) => void answer(req, res));
  server.on('connection', () => accepted.push(performance.now()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const firstAnswers: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let first = true; performance.now() < until; first = false) {
        const sent = performance.now();
        await (await fetch(url, { method: 'POST', body: 'x' })).text();
        if (first) firstAnswers.push(performance.now() - sent);
      }
    }),
  );
  server.close();
  firstAnswers.sort((a, b) => a - b);
  const spread = accepted.at(-1)! - accepted[0]!;
  return `accepted over ${spread.toFixed(0)} ms; first answers p50 ${firstAnswers[clients / 2]!.toFixed(0)} ms, max ${firstAnswers.at(-1)!.toFixed(0)} ms`;
}

console.log(`statements back to back:    ${await run(false)}`);
console.log(`a turn before each:         ${await run(true)}`);
