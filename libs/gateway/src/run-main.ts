import { ConfigError } from './config-errors';
import type { Logger } from './logger';

/**
 * A process's entry: starts it, stops it cleanly on SIGINT/SIGTERM, and ends it with one line
 * naming the variable when the configuration is bad.
 */
export function runMain(logger: Logger, start: () => Promise<() => Promise<void>>): void {
  start()
    .then((stop) => {
      const shutdown = (signal: string) => {
        logger.info('shutting down', { signal });
        stop()
          .then(() => process.exit(0))
          .catch((error: unknown) => {
            logger.error('shutdown failed', { error: String(error) });
            process.exit(1);
          });
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    })
    .catch((error: unknown) => {
      if (error instanceof ConfigError) console.error(`sluice: configuration error: ${error.message}`);
      else console.error(error);
      process.exit(1);
    });
}
