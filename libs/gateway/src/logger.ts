import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { LogLevel } from './log-level';

export type LogFields = Record<string, unknown>;

/** What the gateways log with; one JSON line per entry so logs stay greppable. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** The same logger with `fields` on every line it writes (a request's id, say). */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  /** Lines below it are dropped. @default 'info' */
  level?: LogLevel;
  /** Errors only, whatever `level` says: what tests and the CLI want. @default false */
  silent?: boolean;
  /** Where the lines go; a test passes a writable to read them. @default stdout */
  destination?: DestinationStream;
}

/**
 * A pino logger writing `{"level":"info","time":"<ISO>","name":…,"message":…,…fields}` lines.
 * The message goes in the merging object, ahead of the fields, so a line reads in the order it
 * did before pino (pino would put its own message key last).
 */
export function createConsoleLogger(name: string, options: LoggerOptions = {}): Logger {
  const root = pino(
    {
      name,
      level: options.silent ? 'error' : (options.level ?? 'info'),
      base: undefined,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? stdout(),
  );
  return wrap(root);
}

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (message, fields) => logger.debug({ message, ...fields }),
    info: (message, fields) => logger.info({ message, ...fields }),
    warn: (message, fields) => logger.warn({ message, ...fields }),
    error: (message, fields) => logger.error({ message, ...fields }),
    child: (fields) => wrap(logger.child(fields)),
  };
}

let shared: DestinationStream | undefined;

/** Standard output, written synchronously: a process that exits right after a line keeps it. */
function stdout(): DestinationStream {
  shared ??= pino.destination({ dest: 1, sync: true });
  return shared;
}
