import { ConfigError, readInteger, StartupError } from './config-errors';
import { readLogLevel } from './log-level';
import { createConsoleLogger, type Logger } from './logger';

/** How long a stop may take before the process exits anyway. */
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 15_000;
/**
 * A signal sent to a process group (`kill -TERM -- -<pgid>`, a terminal's Ctrl-C) reaches the
 * process and its parents (npm, a shell), which pass it on: the same stop arrives twice within
 * milliseconds. Only a second signal once the event loop has turned for about a second since the
 * first is someone asking again. Counted in turns, not in time: a loop held by a long statement
 * would otherwise hear the duplicate late, and take it for a second signal.
 */
const SAME_STOP_BEATS = 10;
const BEAT_MS = 100;

/**
 * A process's entry: starts it with a logger named `name` at LOG_LEVEL, stops it cleanly on
 * SIGINT/SIGTERM, and ends it with one line naming the variable when the configuration is bad.
 * A stop drains (readiness says so, no new connections, requests in flight finish, sockets close
 * with 1001) and must end within SHUTDOWN_TIMEOUT_MS; a second signal (a second or more after the
 * first), or the deadline, ends the process at once.
 */
export function runMain(name: string, start: (logger: Logger) => Promise<() => Promise<void>>): void {
  const started = async () => {
    const logger = createConsoleLogger(name, { level: readLogLevel(process.env) });
    const deadlineMs = readInteger(process.env, 'SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS, {
      min: 100,
      max: 600_000,
    });
    return { stop: await start(logger), deadlineMs, logger };
  };
  started()
    .then(({ stop, deadlineMs, logger }) => {
      let beatsSinceStop: number | undefined;
      const shutdown = (signal: string) => {
        if (beatsSinceStop !== undefined) {
          if (beatsSinceStop < SAME_STOP_BEATS) {
            logger.debug('the same stop, passed on by a parent process', { signal });
            return;
          }
          logger.warn('stopping at once', { signal });
          process.exit(1);
        }
        beatsSinceStop = 0;
        setInterval(() => (beatsSinceStop = (beatsSinceStop ?? 0) + 1), BEAT_MS).unref();
        logger.info('shutting down', { signal, deadlineMs });
        setTimeout(() => {
          logger.error('shutdown passed its deadline; exiting', { deadlineMs });
          process.exit(1);
        }, deadlineMs).unref();
        stop()
          .then(() => process.exit(0))
          .catch((error: unknown) => {
            logger.error('shutdown failed', { error: String(error) });
            process.exit(1);
          });
      };
      process.on('SIGINT', () => shutdown('SIGINT'));
      process.on('SIGTERM', () => shutdown('SIGTERM'));
    })
    .catch((error: unknown) => {
      if (error instanceof ConfigError) console.error(`sluice: configuration error: ${error.message}`);
      else if (error instanceof StartupError) console.error(`sluice: ${error.message}`);
      else console.error(error);
      process.exit(1);
    });
}
