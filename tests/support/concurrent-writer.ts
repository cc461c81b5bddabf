// One of several processes writing to one SQLite file at once, for tests/concurrent-writers.test.ts:
// what each server process does with the scheduler's due work and its buffered view counts.
// Started with DATABASE_PATH set; prints "ready", waits for a line on stdin, works, prints one JSON line.
import readline from 'node:readline';
import { getEditableArticle } from '@/lib/data/articles/editable';
import { saveArticle } from '@/lib/data/articles/save';
import { runDueSchedules } from '@/lib/data/articles/schedule';
import { addViewCounts } from '@/lib/data/views';

type Plan = {
  until: number;
  viewArticles: number[];
  hour: number;
  viewRounds: number;
  viewsPerRound: number;
  /** This process's own articles, each updated saveRounds times as an editor would. */
  saveArticles: number[];
  saveRounds: number;
  userId: number;
};

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Ticks every millisecond or so until the last due time has passed and a tick finds nothing left. */
function tickUntil(until: number) {
  const published: number[] = [];
  const tags: string[] = [];
  const errors: string[] = [];
  for (let idle = false; !idle || Date.now() <= until; ) {
    try {
      const work = runDueSchedules();
      published.push(...work.published);
      tags.push(...work.tags);
      idle = work.published.length + work.unpublished.length === 0;
    } catch (error) {
      errors.push(String(error));
    }
    Atomics.wait(pause, 0, 0, 1);
  }
  return { published, tags, errors };
}

function flushViews(plan: Plan) {
  const errors: string[] = [];
  for (let round = 0; round < plan.viewRounds; round++) {
    try {
      addViewCounts(plan.viewArticles.map((articleId) => ({ articleId, hour: plan.hour, views: plan.viewsPerRound })));
    } catch (error) {
      errors.push(String(error));
    }
  }
  return { errors };
}

function saveOwnArticles(plan: Plan) {
  const errors: string[] = [];
  let saved = 0;
  for (let round = 0; round < plan.saveRounds; round++) {
    for (const id of plan.saveArticles) {
      try {
        const article = getEditableArticle(id)!;
        const snapshot = { ...article.snapshot, lead: `Lần sửa ${round}` };
        const outcome = saveArticle({ id, baseVersion: article.version, snapshot, intent: 'update', userId: plan.userId });
        if (outcome.ok) saved++;
        else errors.push(JSON.stringify(outcome));
      } catch (error) {
        errors.push(String(error));
      }
    }
  }
  return { saved, errors };
}

console.log('ready');
const lines = readline.createInterface({ input: process.stdin });
lines.once('line', (line) => {
  const plan = JSON.parse(line) as Plan;
  const began = Date.now();
  const schedule = { ...tickUntil(plan.until), window: [began, Date.now()] };
  const views = flushViews(plan);
  const saves = saveOwnArticles(plan);
  console.log(JSON.stringify({ schedule, views, saves }));
  lines.close();
});
