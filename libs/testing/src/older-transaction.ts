import postgres from 'postgres';

export interface OlderTransaction {
  /** Commits it, and closes its connection. */
  end(): Promise<void>;
}

/**
 * Opens a transaction that has taken an id and stays open until `end`: everything committed
 * after it stays unreadable to the log's readers meanwhile (see read-all-after.ts).
 */
export async function openOlderTransaction(databaseUrl: string): Promise<OlderTransaction> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  const transaction = sql.begin(async (tx) => {
    await tx`select pg_current_xact_id()`;
    holding();
    await released;
  });
  await Promise.race([held, transaction]);
  return {
    async end() {
      release();
      try {
        await transaction;
      } finally {
        await sql.end();
      }
    },
  };
}
