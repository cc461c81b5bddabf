import Database from 'better-sqlite3';
import { connection } from 'next/server';

// Dynamic control page: renders per request and reads one random article from SQLite, the least
// work a database-backed article page can do.
const sqlite = new Database(process.env.DATABASE_PATH ?? 'data/toasoan.db', { readonly: true });
const maxId = (sqlite.prepare('SELECT max(id) AS id FROM articles').get() as { id: number | null }).id ?? 1;
const byId = sqlite.prepare('SELECT title, lead FROM articles WHERE id = ?');

function randomArticle() {
  return byId.get(1 + Math.floor(Math.random() * maxId)) as { title: string; lead: string } | undefined;
}

export default async function DynamicControl() {
  await connection();
  const row = randomArticle();
  return (
    <main>
      <h1>{row?.title ?? 'Không có bài'}</h1>
      <p>{row?.lead}</p>
    </main>
  );
}
