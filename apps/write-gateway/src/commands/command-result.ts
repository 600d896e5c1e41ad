import type { DomainError } from '@sluice/domain';

/** A command that succeeded: where its events landed. Mirrors the contract's CommandAccepted. */
export interface CommandAccepted {
  kind: 'CommandAccepted';
  id: string;
  version: number;
  position: bigint;
  events: string[];
}

export type CommandResult = CommandAccepted | DomainError;

/** How a result is kept with the command record; bigint positions travel as decimal strings. */
export type StoredResult =
  { kind: 'CommandAccepted'; id: string; version: number; events: string[]; position?: string } | DomainError;

export function toStoredResult(result: CommandResult): StoredResult {
  if (result.kind !== 'CommandAccepted') return result;
  const { position, ...rest } = result;
  return { ...rest, position: position.toString() };
}

/** Rebuilds the first attempt's result; an appended command's position comes from its record. */
export function fromStoredResult(stored: StoredResult, lastPosition: bigint | null): CommandResult {
  if (stored.kind !== 'CommandAccepted') return stored;
  const position = lastPosition ?? BigInt(stored.position ?? '0');
  return { ...stored, position };
}
