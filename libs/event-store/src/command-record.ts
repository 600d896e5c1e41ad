/** A command's first result, kept under its commandId so that a retry returns it. */
export interface CommandRecord {
  commandId: string;
  commandType: string;
  /** Hash of what the command asked for: the same id with other input is a different command. */
  fingerprint: string;
  result: unknown;
}

export interface StoredCommand extends CommandRecord {
  /** Position of the command's last event; null when it wrote none. */
  lastPosition: bigint | null;
}

export type AppendOutcome =
  | { kind: 'appended'; lastPosition: bigint }
  | { kind: 'version-conflict' }
  | { kind: 'duplicate-command'; existing: StoredCommand };

export type RecordOutcome = { kind: 'recorded' } | { kind: 'duplicate'; existing: StoredCommand };
