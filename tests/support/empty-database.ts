import type { Db } from '@/db';

type Sqlite = Db['$client'];

/** Deletes every row the app wrote, keeping the schema and the migrations record; ids restart at 1. */
export function emptyDatabase(sqlite: Sqlite): void {
  const tables = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'")
    .all() as { name: string; sql: string }[];
  const fullText = tables.filter((table) => /^CREATE VIRTUAL TABLE/i.test(table.sql));
  // An FTS5 table keeps its rows in shadow tables (name_data, name_idx…) that only it may write.
  const plain = tables.filter((table) => !fullText.some((fts) => table.name === fts.name || table.name.startsWith(`${fts.name}_`)));
  sqlite.pragma('foreign_keys = OFF');
  try {
    // Delete triggers may write to tables already emptied (counts, logs): repeat until all stay empty.
    const left = () => plain.filter(({ name }) => sqlite.prepare(`SELECT 1 FROM "${name}" LIMIT 1`).get()).map(({ name }) => name);
    for (let pass = 0; pass < 3 && left().length > 0; pass += 1) {
      for (const { name } of plain) sqlite.prepare(`DELETE FROM "${name}"`).run();
    }
    // A file must never start on another file's rows.
    if (left().length > 0) throw new Error(`Tables still hold rows after emptying: ${left().join(', ')}`);
    for (const { name } of fullText) sqlite.prepare(`INSERT INTO "${name}"("${name}") VALUES ('delete-all')`).run();
    if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get()) sqlite.prepare('DELETE FROM sqlite_sequence').run();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
