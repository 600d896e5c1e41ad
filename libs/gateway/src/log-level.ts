import { readChoice } from './config-errors';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export type LogLevel = (typeof logLevels)[number];

/** LOG_LEVEL: lines below it are dropped; `silent` drops them all. @default 'info' */
export function readLogLevel(env: Readonly<Record<string, string | undefined>>): LogLevel {
  return readChoice(env, 'LOG_LEVEL', logLevels, 'info');
}
