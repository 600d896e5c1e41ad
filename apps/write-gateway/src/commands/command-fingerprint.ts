import { createHash } from 'node:crypto';

/**
 * Identifies what a command asked for, so a commandId reused for a different request is
 * refused instead of silently answered with another command's result. GraphQL coerces input
 * objects with keys in schema order, so equal inputs stringify equally.
 */
export function commandFingerprint(commandType: string, input: unknown): string {
  return createHash('sha256').update(commandType).update('\0').update(JSON.stringify(input)).digest('hex');
}
