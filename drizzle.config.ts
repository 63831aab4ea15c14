import { defineConfig } from 'drizzle-kit';

// Migrations are generated from lib/db/schema.ts (`npm run db:generate`) and applied at start by lib/db/open.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema/index.ts',
  out: './lib/db/migrations',
});
