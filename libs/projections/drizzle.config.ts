import { defineConfig } from 'drizzle-kit';

// The read models' own migrations: `npm run db:generate` writes one for a change to their tables.
export default defineConfig({
  dialect: 'postgresql',
  schema: './libs/projections/src/schema.ts',
  out: './libs/projections/migrations',
  migrations: { table: '__drizzle_migrations_projections' },
});
