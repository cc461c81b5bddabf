// The home's cache-miss render with today's default front and with a curated one (issue 15: the
// curated front within 1.2 × the default). Each timed request renders the page afresh, its cached
// data included: it is sent as Next's own on-demand revalidation (x-prerender-revalidate with the
// build's preview id), which bypasses every unstable_cache entry, as after a publish.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { defaultHomeFront } from '@/lib/data/fronts/defaults';
import type { Section } from '@/lib/data/dto';
import { HOME_FRONT_KEY, frontDocumentSchema, type FrontCard, type FrontDocument } from '@/lib/domain/front-document';
import { percentile } from './lib/percentile';

export type HomeFrontTimes = {
  defaultMs: { p50: number; p99: number };
  curatedMs: { p50: number; p99: number };
  /** curated p50 / default p50 (target ≤ 1.2). */
  ratio: number;
};

const WARM_UP = 20;
const CURATED_HEADLINE = 'Tít riêng cho trang nhất';

/** The build's id that Next accepts as an on-demand revalidation of a page. */
function revalidationId(distDir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } };
  return manifest.preview.previewModeId;
}

/** Times one fresh render, which must contain `expected`: a cached copy, or the other front, would not. */
async function timeFreshHome(url: string, id: string, expected: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/`, { headers: { 'x-prerender-revalidate': id } });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`home answered ${response.status}`);
  if (!html.includes(expected)) throw new Error(`the home was not rendered afresh: no "${expected}"`);
  return performance.now() - started;
}

function sectionsOf(sqlite: Database.Database): Section[] {
  const rows = sqlite.prepare('SELECT id, name, slug, parent_id AS parentId FROM sections ORDER BY position, id').all() as { id: number; name: string; slug: string; parentId: number | null }[];
  const link = (row: (typeof rows)[number]) => ({ id: row.id, name: row.name, slug: row.slug, path: `/${row.slug}` });
  return rows.map((row) => ({
    ...link(row),
    description: null,
    parent: row.parentId === null ? null : link(rows.find((r) => r.id === row.parentId)!),
    children: rows.filter((r) => r.parentId === row.id).map(link),
  }));
}

/** A front as a desk would curate it: an older lead with its own headline, a pinned row, a tag's list, then the default blocks. */
function curatedHome(sqlite: Database.Database): FrontDocument {
  const picks = (sqlite.prepare("SELECT id FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at DESC LIMIT 40 OFFSET 200").all(Date.now()) as { id: number }[]).map((r) => r.id);
  const tag = sqlite.prepare('SELECT tag_id AS id FROM article_tags GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1').get() as { id: number };
  const card = (articleId: number, fields: Partial<FrontCard> = {}): FrontCard => ({ articleId, pinnedUntil: null, headline: null, lead: null, mediaId: null, ...fields });
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
  const [lead, ...rest] = defaultHomeFront(sectionsOf(sqlite)).containers;
  return frontDocumentSchema.parse({
    containers: [
      { ...lead!, cards: [card(picks[0]!, { headline: CURATED_HEADLINE, lead: 'Sa-pô riêng cho trang nhất.', pinnedUntil: tomorrow })] },
      { id: 'tieu-diem', name: 'Tiêu điểm', showName: true, layout: 'featured', slots: 4, cards: picks.slice(1, 5).map((id) => card(id, { pinnedUntil: tomorrow })), backfill: { kind: 'latest' } },
      ...rest.slice(0, 2),
      { id: 'chu-de', name: 'Chủ đề nóng', showName: true, layout: 'list', slots: 5, cards: [card(picks[5]!)], backfill: { kind: 'tag', tagId: tag.id } },
      ...rest.slice(2).map((container, index) => ({ ...container, cards: [card(picks[6 + index]!)] })),
    ],
  });
}

function publishHome(db: string, document: FrontDocument | null): void {
  const sqlite = new Database(db);
  try {
    sqlite.prepare('DELETE FROM fronts WHERE key = ?').run(HOME_FRONT_KEY);
    if (!document) return;
    const json = JSON.stringify(document);
    const frontId = Number(sqlite.prepare('INSERT INTO fronts (key, draft, draft_version) VALUES (?, ?, 1)').run(HOME_FRONT_KEY, json).lastInsertRowid);
    const revisionId = Number(sqlite.prepare('INSERT INTO front_revisions (front_id, document) VALUES (?, ?)').run(frontId, json).lastInsertRowid);
    sqlite.prepare('UPDATE fronts SET published_revision_id = ? WHERE id = ?').run(revisionId, frontId);
  } finally {
    sqlite.close();
  }
}

/**
 * Times `requests` fresh renders of the home with the default front and as many with a curated
 * one, on the server at `url`. The two alternate (default, curated, curated, default, …) with the
 * front switched in the database between requests, so a shared machine's changing load weighs on
 * both alike: timed one block after the other, the ratio of three runs went 1.03, 1.14, 1.42.
 */
export async function measureHomeFronts(options: { url: string; db: string; distDir: string; requests: number }): Promise<HomeFrontTimes> {
  const id = revalidationId(options.distDir);
  const sqlite = new Database(options.db, { readonly: true });
  const curated = curatedHome(sqlite);
  sqlite.close();
  const fronts = [
    { document: null, expected: 'Tin mới', times: [] as number[] },
    { document: curated, expected: CURATED_HEADLINE, times: [] as number[] },
  ];
  for (let i = 0; i < WARM_UP + options.requests; i++) {
    for (const front of i % 2 === 0 ? fronts : [...fronts].reverse()) {
      publishHome(options.db, front.document);
      const ms = await timeFreshHome(options.url, id, front.expected);
      if (i >= WARM_UP) front.times.push(ms);
    }
  }
  const [defaultTimes, curatedTimes] = fronts.map((front) => front.times) as [number[], number[]];
  const defaultMs = { p50: percentile(defaultTimes, 50), p99: percentile(defaultTimes, 99) };
  const curatedMs = { p50: percentile(curatedTimes, 50), p99: percentile(curatedTimes, 99) };
  return { defaultMs, curatedMs, ratio: curatedMs.p50 / defaultMs.p50 };
}
