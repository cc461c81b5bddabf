// Builds (or reuses) a 100,000-article database for measuring search and the newsroom, from the
// project's own Vietnamese text: demo articles and the seed article, recombined sentence by
// sentence, spread over ten years, sections, bylines and tags, then staffed (bench/newsroom.ts).
// The schema comes from the real migrations and the search index from the view its triggers read,
// filled in one statement (a million articles in minutes rather than hours row by row).
// `--articles 1000000` (or BENCH_ARTICLES=1000000) builds a corpus of that size beside it (a busy
// paper's decade), which every bench of that run then uses.
//   npx tsx --conditions=react-server bench/corpus.ts [--force] [--articles N]
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

const articlesFlag = process.argv.includes('--articles') ? process.argv[process.argv.indexOf('--articles') + 1] : undefined;
export const CORPUS_SIZE = Number(articlesFlag ?? process.env.BENCH_ARTICLES ?? 100_000);
if (!Number.isSafeInteger(CORPUS_SIZE) || CORPUS_SIZE < 10_000) throw new Error(`--articles / BENCH_ARTICLES ${articlesFlag ?? process.env.BENCH_ARTICLES}: a whole number ≥ 10000`);
const sizeLabel = CORPUS_SIZE % 1_000_000 === 0 ? `${CORPUS_SIZE / 1_000_000}m` : `${Math.round(CORPUS_SIZE / 1_000)}k`;
export const CORPUS_PATH = path.join(process.cwd(), `bench/corpus/articles-${sizeLabel}.db`);
const YEARS = 10;
const TEXT_POOL = Math.min(CORPUS_SIZE, 50_000);
const NAME_POOL = 5_000;

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

function insertSections(sqlite: Database.Database): void {
  const ids = new Map<string, number>();
  const insert = sqlite.prepare('INSERT INTO sections (name, slug, parent_id, position) VALUES (?, ?, ?, ?)');
  SECTIONS.forEach(([name, slug, parent], position) => {
    ids.set(slug, Number(insert.run(name, slug, parent ? ids.get(parent) : null, position).lastInsertRowid));
  });
}

function insertTags(sqlite: Database.Database, rand: () => number): void {
  const names = new Set(demoArticles.flatMap((a) => a.tags));
  const { words } = corpusText();
  while (names.size < 600) names.add(`${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]}`);
  const insert = sqlite.prepare('INSERT OR IGNORE INTO tags (name, slug) VALUES (?, ?)');
  for (const name of names) insert.run(name, slugify(name) || `the-${names.size}`);
}

/**
 * Distinct texts and names the articles are drawn from (temporary tables): generating every
 * article in JavaScript and inserting it row by row took hours at a million; drawn in SQL from
 * pools this size, word frequencies stay those of as many real articles.
 */
function fillPools(sqlite: Database.Database, rand: () => number): void {
  const text = corpusText();
  sqlite.exec(`
    CREATE TEMP TABLE pool_texts (i INTEGER PRIMARY KEY, title TEXT, slug TEXT, lead TEXT, body TEXT,
      title_f TEXT, lead_f TEXT, body_f TEXT, title_x TEXT, lead_x TEXT, body_x TEXT);
    CREATE TEMP TABLE pool_names (i INTEGER PRIMARY KEY, name TEXT);
    CREATE TEMP TABLE pool_tags (i INTEGER PRIMARY KEY, id INTEGER);
    CREATE TEMP TABLE pool_sections (i INTEGER PRIMARY KEY, id INTEGER);
    INSERT INTO pool_tags (i, id) SELECT row_number() OVER (ORDER BY id) - 1, id FROM tags;
    INSERT INTO pool_sections (i, id) SELECT row_number() OVER (ORDER BY id) - 1, id FROM sections;`);
  const insertText = sqlite.prepare('INSERT INTO pool_texts (i, title, slug, lead, body) VALUES (?, ?, ?, ?, ?)');
  for (let i = 0; i < TEXT_POOL; i++) {
    const doc = text.article(rand);
    insertText.run(i, doc.title, slugify(doc.title, 60), doc.lead, JSON.stringify(doc.body));
  }
  const insertName = sqlite.prepare('INSERT INTO pool_names VALUES (?, ?)');
  for (let i = 0; i < NAME_POOL; i++) insertName.run(i, personName(rand));
  // Folded once per text, as article_search_source folds it, rather than once per article.
  sqlite.exec(`UPDATE pool_texts SET title_f = search_fold(title), lead_f = search_fold(lead), body_f = search_fold(search_body(body)),
    title_x = search_exact(title), lead_x = search_exact(lead), body_x = search_exact(search_body(body))`);
}

/** corpus_hash(i, salt): a well-mixed integer in 0..2^31-1 for row `i` (SQL has no good mixer of its own). */
function registerCorpusHash(sqlite: Database.Database): void {
  sqlite.function('corpus_hash', { deterministic: true }, (i, salt) => Math.floor(random(Number(i) * 65_537 + Number(salt))() * 2 ** 31));
}
const mix = (i: string, salt: number) => `corpus_hash(${i}, ${salt})`;
/** The pool text of article n. */
const poolText = (n: string) => `${mix(n, 4)} % ${TEXT_POOL}`;

/** The articles, their bylines and tags, in a few INSERT…SELECT statements over a counter. */
function insertArticles(sqlite: Database.Database): void {
  const start = Date.now() - YEARS * 365 * 86_400_000;
  const step = Math.floor((YEARS * 365 * 86_400_000) / CORPUS_SIZE);
  const count = (SELECT: string) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${CORPUS_SIZE - 1}) ${SELECT}`;
  // Mostly in publication order, as ids are in a real newsroom, with some back-dated pieces;
  // 96 % published, 2 % abandoned drafts, 2 % taken down.
  // Article n has id n + 1, so its text is found again in the pool by the same hash (indexForSearch).
  sqlite.exec(`INSERT INTO articles (id, title, slug, lead, body, status, section_id, published_at)
    ${count(`SELECT n.i + 1, p.title, p.slug || '-' || n.i, p.lead, p.body,
      CASE WHEN ${mix('n.i', 1)} % 100 < 96 THEN 'published' WHEN ${mix('n.i', 1)} % 100 < 98 THEN 'draft' ELSE 'unpublished' END,
      s.id,
      ${start} + n.i * ${step} + CASE WHEN ${mix('n.i', 2)} % 100 < 5 THEN -(${mix('n.i', 3)} % ${30 * 86_400_000}) ELSE ${mix('n.i', 3)} % ${step} END
    FROM n JOIN pool_texts p ON p.i = ${poolText('n.i')}
    JOIN pool_sections s ON s.i = ${mix('n.i', 5)} % (SELECT count(*) FROM pool_sections)
    ORDER BY n.i`)}`);
  sqlite.exec(`INSERT INTO article_bylines (article_id, position, role, label, name)
    SELECT a.id, 0, 'writer', 'Bài', p.name FROM articles a JOIN pool_names p ON p.i = ${mix('a.id', 6)} % ${NAME_POOL};
    INSERT INTO article_bylines (article_id, position, role, label, name)
    SELECT a.id, 1, 'writer', 'Ảnh', p.name FROM articles a JOIN pool_names p ON p.i = ${mix('a.id', 7)} % ${NAME_POOL}
    WHERE ${mix('a.id', 8)} % 2 = 0`);
  // One to four tags each.
  for (let t = 0; t < 4; t++) {
    sqlite.exec(`INSERT OR IGNORE INTO article_tags (article_id, tag_id)
      SELECT a.id, p.id FROM articles a JOIN pool_tags p ON p.i = ${mix('a.id', 10 + t)} % (SELECT count(*) FROM pool_tags)
      WHERE ${mix('a.id', 9)} % 4 >= ${t}`);
  }
}

/**
 * Fills the search index once from article_search_source, the view its triggers read, instead of
 * through the triggers row by row, with each text's folding taken from its pool row (an article's
 * title, lead and body are that row's); search_words gets every word of the pools the articles use.
 */
function indexForSearch(sqlite: Database.Database): void {
  sqlite.exec(`INSERT INTO article_search (rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT s.search_rowid, p.title_f, p.lead_f, p.body_f, s.byline, s.tags, p.title_x, p.lead_x, p.body_x, s.section
    FROM article_search_source s JOIN pool_texts p ON p.i = ${poolText('s.article_id - 1')};
    INSERT OR IGNORE INTO search_words (word)
    SELECT w.value FROM pool_texts p, json_each(search_words(search_fold(p.title || ' ' || p.lead || ' ' || search_body(p.body)))) w;
    INSERT OR IGNORE INTO search_words (word) SELECT w.value FROM pool_names p, json_each(search_words(search_fold(p.name))) w;
    INSERT OR IGNORE INTO search_words (word) SELECT w.value FROM tags t, json_each(search_words(search_fold(t.name))) w;`);
}

/** Runs `fill` with the search triggers dropped, then puts them back as they were. */
function withoutSearchTriggers(sqlite: Database.Database, fill: () => void): void {
  const triggers = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'").all() as { name: string; sql: string }[];
  for (const { name } of triggers) sqlite.exec(`DROP TRIGGER "${name}"`);
  fill();
  for (const { sql } of triggers) sqlite.exec(sql);
}

async function build(file: string): Promise<void> {
  const rand = random(20230714);
  const sqlite = new Database(file);
  // A rollback journal while building, not WAL: pages new to the file are never journaled, where a WAL would
  // hold the whole corpus a second time until its checkpoint. (OFF is refused by better-sqlite3's defensive mode.)
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -262144');
  registerSearchFunctions(sqlite);
  registerCorpusHash(sqlite);
  migrate(drizzle(sqlite), { migrationsFolder: path.join(process.cwd(), 'db/migrations') });
  const timed = (label: string, work: () => void) => {
    const started = performance.now();
    work();
    console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  sqlite.transaction(() => {
    insertSections(sqlite);
    insertTags(sqlite, rand);
    timed('text pools', () => fillPools(sqlite, rand));
    withoutSearchTriggers(sqlite, () => {
      timed(`${CORPUS_SIZE} articles, bylines, tags`, () => insertArticles(sqlite));
      timed('search index', () => indexForSearch(sqlite));
    });
  })();
  await staffNewsroom(sqlite);
  timed('search index optimised', () => sqlite.exec("INSERT INTO article_search(article_search) VALUES ('optimize')"));
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
}

/** The path of the corpus (100k articles unless told otherwise), building it first when missing or incomplete. */
export async function ensureCorpus(options: { force?: boolean } = {}): Promise<string> {
  if (!options.force && isComplete(CORPUS_PATH)) {
    // A corpus built before the newsroom existed gets its staff and desk now (minutes, not the hour a rebuild takes),
    // and one built before the latest migrations gets them here, once, rather than in every bench's copy (each
    // with a backup of the whole corpus first).
    const sqlite = new Database(CORPUS_PATH);
    try {
      registerSearchFunctions(sqlite);
      migrate(drizzle(sqlite), { migrationsFolder: path.join(process.cwd(), 'db/migrations') });
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
