import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { createArticle } from '@/lib/data/articles/create';
import { parseQuery } from '@/lib/search/parse-query';
import { searchArticles, type SearchInput } from './search';
import { createSearchThread } from './search-thread';

// The production search thread's code on a copy of this file's database: the in-memory one is
// the main thread's alone. tsx compiles the worker's TypeScript, as Turbopack does for a build
// (its require hook: Node 20 applies no --import hooks to a worker's entry).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-search-thread-'));
const file = path.join(dir, 'toasoan.db');
const started: Worker[] = [];
const threadOn = (database: string) =>
  createSearchThread(() => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      execArgv: ['--require', 'tsx/cjs', '--conditions=react-server'],
      env: { ...process.env, DATABASE_PATH: database },
    });
    started.push(worker);
    return worker;
  });
const thread = threadOn(file);
const now = new Date();

function input(q: string, options: Partial<SearchInput> = {}): SearchInput {
  const parsed = parseQuery(q);
  if (parsed.kind !== 'ok') throw new Error(`no terms in ${q}`);
  return { terms: parsed.terms, sectionIds: null, from: null, to: null, sort: 'relevance', page: 1, pageSize: 5, now, ...options };
}

beforeAll(() => {
  const section = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  const titles = ['Bão số 9 đổ bộ miền Trung', 'Mưa lũ ở miền Trung', 'Bão tan, nông dân xuống đồng', 'Quốc phòng toàn dân', 'Bão và lũ: bài học ứng phó'];
  for (const [hoursAgo, title] of titles.entries()) {
    createArticle({
      title,
      lead: `Tin về ${title.toLowerCase()}.`,
      body: { type: 'doc', content: [paragraph('Người dân miền Trung chuẩn bị ứng phó bão lũ.')] },
      status: 'published',
      sectionId: section,
      publishedAt: new Date(now.getTime() - (hoursAgo + 1) * 3_600_000),
      bylines: [{ role: 'writer', label: 'Tin, ảnh', name: 'Trần Minh' }],
      tags: [],
    });
  }
  db.$client.prepare('VACUUM INTO ?').run(file);
});
afterAll(async () => {
  await thread.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the search thread', () => {
  it('finds what the main thread finds, in the same order, page by page, each search answered with its own results', async () => {
    const searches = [input('bão'), input('bao lu', { sort: 'newest' }), input('mien trung', { page: 2, pageSize: 2 }), input('tran minh'), input('không có đâu')];
    const inThread = await Promise.all(searches.map((search) => thread.search(search)));
    expect(inThread).toEqual(searches.map((search) => searchArticles(search)));
    expect(inThread[0]!.hits.length).toBeGreaterThan(1);
  });

  it('runs in a thread that fails the search it was running when it dies; those queued behind it go to a new thread', async () => {
    const crashing = threadOn(file);
    try {
      const before = started.length;
      // Killed while it starts, so before it can have answered.
      const dying = crashing.search(input('lũ'));
      const queued = crashing.search(input('mien trung'));
      await started.at(-1)!.terminate();
      await expect(dying).rejects.toThrow('search thread exited');

      expect(await queued).toEqual(searchArticles(input('mien trung')));
      expect(await crashing.search(input('lũ'))).toEqual(searchArticles(input('lũ')));
      expect(started.length).toBe(before + 2);
    } finally {
      await crashing.close();
    }
  });

  it('answers a search that fails with its error, and stays', async () => {
    const broken = threadOn(path.join(dir, 'empty.db'));
    try {
      const before = started.length;
      await expect(broken.search(input('bão'))).rejects.toThrow('no such table');
      await expect(broken.search(input('lũ'))).rejects.toThrow('no such table');
      expect(started.length).toBe(before + 1);
    } finally {
      await broken.close();
    }
  });
});
