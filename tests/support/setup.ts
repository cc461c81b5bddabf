import { vi } from 'vitest';
import { db } from '@/db';
import { migrateDatabase } from '@/db/migrate';
import { emptyDatabase } from './empty-database';

// A worker runs many test files (vitest.config.ts: isolate off, which spares each file the
// loading of drizzle, zod and the rest of node_modules). Each file still starts clean: the app's
// own modules are evaluated afresh, so no in-process cache outlives its file, and the in-memory
// database, which db/index.ts keeps on globalThis, is migrated by the first file and emptied for
// every later one.
vi.resetModules();
if (migrateDatabase(db).applied === 0) emptyDatabase(db.$client);
