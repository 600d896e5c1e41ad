/** One line a logger wrote, parsed. */
export type LogEntry = Record<string, unknown> & { level: string; message: string };

/**
 * A logger's destination that keeps every line it is given, parsed: a test passes it to
 * `createConsoleLogger(name, { destination })` and reads what a gateway logged.
 */
export class LogLines {
  readonly entries: LogEntry[] = [];

  write(line: string): void {
    this.entries.push(JSON.parse(line) as LogEntry);
  }

  /** The entries with this message, oldest first. */
  withMessage(message: string): LogEntry[] {
    return this.entries.filter((entry) => entry.message === message);
  }

  messages(): string[] {
    return this.entries.map((entry) => entry.message);
  }
}
