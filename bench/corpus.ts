// Builds (or reuses) a 100,000-article database for measuring search and the newsroom, from the
// project's own Vietnamese text: demo articles and the seed article, recombined sentence by
// sentence, spread over ten years, sections, bylines and tags, then staffed (bench/newsroom.ts).
// Writes go through the real migrations and triggers, so the search index is built exactly as
// production builds it. BENCH_ARTICLES=1000000 builds a corpus of that size beside it (a busy
// paper's decade), which every bench then uses.
//   npx tsx --conditions=react-server bench/corpus.ts [--force]
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { demoArticles } from '@/scripts/seed/demo-articles';
import { registerSearchFunctions } from '@/lib/search/sql-functions';
import { slugify } from '@/lib/vi/text';
import { corpusText, personName, random } from './corpus-text';
import { hasNewsroom, staffNewsroom } from './newsroom';

export const CORPUS_SIZE = Number(process.env.BENCH_ARTICLES ?? 100_000);
if (!Number.isSafeInteger(CORPUS_SIZE) || CORPUS_SIZE < 10_000) throw new Error(`BENCH_ARTICLES=${process.env.BENCH_ARTICLES}: a whole number ≥ 10000`);
const sizeLabel = CORPUS_SIZE % 1_000_000 === 0 ? `${CORPUS_SIZE / 1_000_000}m` : `${Math.round(CORPUS_SIZE / 1_000)}k`;
export const CORPUS_PATH = path.join(process.cwd(), `bench/corpus/articles-${sizeLabel}.db`);
const BATCH = 5_000;
const YEARS = 10;

const SECTIONS = [
  ['Thời sự', 'thoi-su', null],
  ['Quốc phòng – An ninh', 'quoc-phong-an-ninh', null],
  ['Công nghiệp quốc phòng', 'cong-nghiep-quoc-phong', 'quoc-phong-an-ninh'],
  ['Kinh tế', 'kinh-te', null],
  ['Xã hội', 'xa-hoi', null],
  ['Văn hóa', 'van-hoa', null],
  ['Thể thao', 'the-thao', null],
  ['Quốc tế', 'quoc-te', null],
] as const;

function isComplete(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const sqlite = new Database(file, { readonly: true });
  try {
    const row = sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    return row.n >= CORPUS_SIZE;
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
}

function insertSections(sqlite: Database.Database): number[] {
  const ids = new Map<string, number>();
  const insert = sqlite.prepare('INSERT INTO sections (name, slug, parent_id, position) VALUES (?, ?, ?, ?)');
  SECTIONS.forEach(([name, slug, parent], position) => {
    ids.set(slug, Number(insert.run(name, slug, parent ? ids.get(parent) : null, position).lastInsertRowid));
  });
  return [...ids.values()];
}

function insertTags(sqlite: Database.Database, rand: () => number): number[] {
  const names = new Set(demoArticles.flatMap((a) => a.tags));
  const { words } = corpusText();
  while (names.size < 600) names.add(`${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]}`);
  const insert = sqlite.prepare('INSERT OR IGNORE INTO tags (name, slug) VALUES (?, ?)');
  for (const name of names) insert.run(name, slugify(name) || `the-${names.size}`);
  return (sqlite.prepare('SELECT id FROM tags').all() as { id: number }[]).map((r) => r.id);
}

async function build(file: string): Promise<void> {
  const rand = random(20230714);
  const text = corpusText();
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = ON');
  registerSearchFunctions(sqlite);
  migrate(drizzle(sqlite), { migrationsFolder: path.join(process.cwd(), 'db/migrations') });

  const sectionIds = insertSections(sqlite);
  const tagIds = insertTags(sqlite, rand);
  const article = sqlite.prepare(
    `INSERT INTO articles (title, slug, lead, body, status, section_id, published_at)
     VALUES (?, ?, ?, ?, 'draft', ?, ?)`,
  );
  const byline = sqlite.prepare(
    `INSERT INTO article_bylines (article_id, position, role, label, name) VALUES (?, ?, 'writer', ?, ?)`,
  );
  const tag = sqlite.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  // Published last, as the newsroom does: the index trigger then runs once per article.
  const publish = sqlite.prepare('UPDATE articles SET status = ? WHERE id = ?');
  const start = Date.now() - YEARS * 365 * 86_400_000;
  const step = (YEARS * 365 * 86_400_000) / CORPUS_SIZE;

  const insertBatch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const doc = text.article(rand);
      // Mostly in publication order, as ids are in a real newsroom, with some back-dated pieces.
      const jitter = rand() < 0.05 ? -rand() * 30 * 86_400_000 : rand() * step;
      const publishedAt = Math.round(start + i * step + jitter);
      const id = Number(
        article.run(doc.title, `${slugify(doc.title, 60)}-${i}`, doc.lead, JSON.stringify(doc.body),
          sectionIds[Math.floor(rand() * sectionIds.length)], publishedAt).lastInsertRowid,
      );
      const writers = 1 + Math.floor(rand() * 2);
      for (let p = 0; p < writers; p++) byline.run(id, p, p === 0 ? 'Bài' : 'Ảnh', personName(rand));
      const tags = 1 + Math.floor(rand() * 4);
      for (let t = 0; t < tags; t++) tag.run(id, tagIds[Math.floor(rand() * tagIds.length)]);
      const roll = rand();
      publish.run(roll < 0.96 ? 'published' : roll < 0.98 ? 'draft' : 'unpublished', id);
    }
  });
  for (let from = 0; from < CORPUS_SIZE; from += BATCH) {
    insertBatch(from, Math.min(CORPUS_SIZE, from + BATCH));
    process.stdout.write(`\r${Math.min(CORPUS_SIZE, from + BATCH)} / ${CORPUS_SIZE}`);
  }
  process.stdout.write('\n');
  await staffNewsroom(sqlite);
  sqlite.exec("INSERT INTO article_search(article_search) VALUES ('optimize')");
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

/** The path of the 100k-article corpus, building it first when missing or incomplete. */
export async function ensureCorpus(options: { force?: boolean } = {}): Promise<string> {
  if (!options.force && isComplete(CORPUS_PATH)) {
    // A corpus built before the newsroom existed gets its staff and desk now (minutes, not the hour a rebuild takes).
    const sqlite = new Database(CORPUS_PATH);
    try {
      if (!hasNewsroom(sqlite)) await staffNewsroom(sqlite);
    } finally {
      sqlite.close();
    }
    return CORPUS_PATH;
  }
  fs.mkdirSync(path.dirname(CORPUS_PATH), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(CORPUS_PATH + suffix, { force: true });
  const started = performance.now();
  await build(CORPUS_PATH);
  console.log(`Corpus built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${CORPUS_PATH}`);
  return CORPUS_PATH;
}

// tsx runs this file as CommonJS, so "am I the entry point" is read from argv.
if (process.argv[1]?.endsWith(path.join('bench', 'corpus.ts'))) {
  ensureCorpus({ force: process.argv.includes('--force') }).then(
    (file) => console.log(`${file}: ${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
