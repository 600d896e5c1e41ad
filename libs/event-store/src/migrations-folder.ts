import { fileURLToPath } from 'node:url';

/** drizzle-kit's committed migrations, applied at start-up on either driver. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
