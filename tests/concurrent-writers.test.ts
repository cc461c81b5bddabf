import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { and, eq, inArray, sum } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db';
import { migrateDatabase } from '@/db/migrate';
import { articles, articleViews, auditLog, sections, users } from '@/db/schema';
import { HOUR_MS } from '@/lib/views/view-buffer';

// Several server processes on one database file (npm run start:scaled): the scheduler ticks in
// each, and each flushes its own buffer of reader views. Real processes on a real file, because
// the races are between SQLite connections, not between calls in one process.

const PROCESSES = 3;
const SCHEDULED = 60;
const UNPUBLISHED = 15;
const SPACING_MS = 10;
const VIEW_ROUNDS = 30;
const SAVE_ROUNDS = 10;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-writers-'));
const file = path.join(dir, 'toasoan.db');
const db = openDatabase(file);
migrateDatabase(db);
afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Result = {
  schedule: { published: number[]; tags: string[]; errors: string[]; window: [number, number] };
  views: { errors: string[] };
  saves: { saved: number; errors: string[] };
};

function startWriter(): { child: ChildProcessWithoutNullStreams; ready: Promise<void>; result: Promise<Result> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'tests/support/concurrent-writer.ts'], {
    env: { ...process.env, DATABASE_PATH: file },
  });
  const lines = readline.createInterface({ input: child.stdout });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const ready = new Promise<void>((resolve, reject) => {
    lines.once('line', (line) => (line === 'ready' ? resolve() : reject(new Error(line))));
    child.once('exit', (code) => reject(new Error(`writer exited ${code}: ${stderr}`)));
  });
  const result = ready.then(
    () =>
      new Promise<Result>((resolve, reject) => {
        lines.once('line', (line) => resolve(JSON.parse(line) as Result));
        child.once('exit', (code) => reject(new Error(`writer exited ${code}: ${stderr}`)));
      }),
  );
  return { child, ready, result };
}

describe(`${PROCESSES} server processes on one database file`, () => {
  it('flip each due article once (one audit row, its tags returned once), add up every view, save side by side', { timeout: 60_000 }, async () => {
    const sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
    const newArticle = (i: number, status: 'scheduled' | 'published') => ({
      title: `Bài ${status} ${i}`,
      slug: `bai-${status}-${i}`,
      body: { type: 'doc', content: [] },
      sectionId,
      status,
    });
    const writers = Array.from({ length: PROCESSES }, startWriter);
    await Promise.all(writers.map((w) => w.ready));

    // Due times spread over the writers' ticking, so their transactions meet on most of them.
    const start = Date.now() + 1_000;
    const due = (i: number) => new Date(start + i * SPACING_MS);
    const scheduled = db
      .insert(articles)
      .values(Array.from({ length: SCHEDULED }, (_, i) => ({ ...newArticle(i, 'scheduled'), scheduledAt: due(i), publishedAt: due(i) })))
      .returning({ id: articles.id })
      .all()
      .map((row) => row.id);
    const comingDown = db
      .insert(articles)
      .values(Array.from({ length: UNPUBLISHED }, (_, i) => ({ ...newArticle(i, 'published'), publishedAt: new Date(0), unpublishAt: due(i * 4) })))
      .returning({ id: articles.id })
      .all()
      .map((row) => row.id);

    const hour = Math.floor(Date.now() / HOUR_MS);
    const viewArticles = comingDown.slice(0, 5);
    const until = start + SCHEDULED * SPACING_MS;
    const userId = db.insert(users).values({ email: 'bien-tap@toasoan.test', name: 'Biên tập', role: 'editor', passwordHash: 'x' }).returning().get().id;
    // Editors on different processes saving different articles at the same moments.
    const saveArticles = (i: number) => scheduled.slice(i * 3, i * 3 + 3);
    writers.forEach((w, i) =>
      w.child.stdin.write(
        `${JSON.stringify({ until, viewArticles, hour, viewRounds: VIEW_ROUNDS, viewsPerRound: i + 1, saveArticles: saveArticles(i), saveRounds: SAVE_ROUNDS, userId })}\n`,
      ),
    );
    const results = await Promise.all(writers.map((w) => w.result));

    expect(results.map((r) => r.schedule.errors)).toEqual(results.map(() => []));
    expect(results.map((r) => r.views.errors)).toEqual(results.map(() => []));
    expect(results.map((r) => r.saves.errors)).toEqual(results.map(() => []));
    expect(results.map((r) => r.saves.saved)).toEqual(results.map((_, i) => saveArticles(i).length * SAVE_ROUNDS));
    // Every process was ticking from before the first due time until after the last: they raced
    // for each flip (which one wins is up to the operating system).
    for (const { schedule } of results) expect(schedule.window[0] < start && schedule.window[1] > until).toBe(true);

    const claimed = results.flatMap((r) => r.schedule.published);
    expect(claimed.toSorted((a, b) => a - b)).toEqual(scheduled);
    const statuses = db.select({ status: articles.status }).from(articles).where(inArray(articles.id, [...scheduled, ...comingDown])).all();
    expect(statuses.filter((row) => row.status === 'published')).toHaveLength(SCHEDULED);
    expect(statuses.filter((row) => row.status === 'unpublished')).toHaveLength(UNPUBLISHED);

    const audited = (action: string) =>
      db.select({ id: auditLog.targetId }).from(auditLog).where(eq(auditLog.action, action)).all().map((row) => row.id);
    expect(audited('article.scheduled_publish').toSorted((a, b) => a! - b!)).toEqual(scheduled);
    expect(audited('article.scheduled_unpublish').toSorted((a, b) => a! - b!)).toEqual(comingDown);

    // Each flipped article's own tag was returned for expiry by exactly one process.
    const articleTags = results.flatMap((r) => r.schedule.tags).filter((tag) => tag.startsWith('article:'));
    expect(articleTags.toSorted()).toEqual([...scheduled, ...comingDown].map((id) => `article:${id}`).toSorted());

    const expectedViews = VIEW_ROUNDS * Array.from({ length: PROCESSES }, (_, i) => i + 1).reduce((a, b) => a + b);
    for (const articleId of viewArticles) {
      const total = db
        .select({ views: sum(articleViews.views).mapWith(Number) })
        .from(articleViews)
        .where(and(eq(articleViews.articleId, articleId), eq(articleViews.hour, hour)))
        .get();
      expect(total?.views, `article ${articleId}`).toBe(expectedViews);
    }
  });
});
