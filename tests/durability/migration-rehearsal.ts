// Run by 13-migration-safety.spec.ts with tsx: applies the migrations in FOLDER to the database
// at DATABASE_PATH with db/migrate.ts (or drizzle's plain migrator with --plain) and prints a JSON
// report. A separate process, so the app's modules load exactly as `npm run db:setup` loads them.
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase } from '@/db/index';
import { migrateDatabase } from '@/db/migrate';

const [folder, mode] = process.argv.slice(2);
const db = openDatabase(process.env.DATABASE_PATH!);
try {
  if (mode === '--plain') {
    migrate(db, { migrationsFolder: folder! });
    console.log(JSON.stringify({ applied: 'plain', backupPath: null }));
  } else {
    console.log(JSON.stringify(migrateDatabase(db, folder)));
  }
} catch (error) {
  console.log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
} finally {
  db.$client.close();
}
