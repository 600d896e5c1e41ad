import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a migration for a change to the event store's tables.
export default defineConfig({
  dialect: 'postgresql',
  schema: './libs/event-store/src/schema.ts',
  out: './libs/event-store/migrations',
});
