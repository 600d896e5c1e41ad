// A process whose stop never ends, under runMain: what SHUTDOWN_TIMEOUT_MS and a second signal are for.
import { runMain } from '../run-main';

runMain('stuck', (logger) => {
  const busy = setInterval(() => {}, 1000); // a server's sockets would keep it alive alike
  // Said once runMain has its signal handlers (they follow this start's resolution).
  setImmediate(() => logger.info('started'));
  return Promise.resolve(() => new Promise<void>(() => void busy));
});
