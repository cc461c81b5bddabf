// npm run bench:live: 1,000 readers polling an open live page through deploy/nginx.conf
// (bench/lib/live-pollers.ts), on a freshly seeded database and the production build, 127.0.0.1
// only. BENCH_PORT moves its ports (default 4101–4103); --readers N and --seconds N shorten it.
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded, prepareDatabase, nextStartArgs, serverEnv } from '../scripts/start.mjs';
import { localNginx } from '../deploy/nginx-local';
import { livePollersLine, measureLivePollers } from './lib/live-pollers';
import { startServer } from './lib/process';

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const root = process.cwd();
const scratch = path.join(root, 'bench/.work/live');
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 4101);

async function main() {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  const env = { ...process.env, DATABASE_PATH: path.join(scratch, 'live.db'), NODE_ENV: 'production' as const, SITE_URL: `http://127.0.0.1:${FIRST_PORT}` };
  Object.assign(process.env, env);
  prepareDatabase();
  buildIfNeeded();
  // The data layer opens DATABASE_PATH when first imported: only now is it the bench's database.
  const { db } = await import('../db');
  const { articles } = await import('../db/schema');
  const { startLive } = await import('../lib/data/live/coverage');
  const { addLivePost } = await import('../lib/data/live/posts');
  const { paragraph } = await import('../lib/article-body/schema');
  const { eq } = await import('drizzle-orm');
  const article = db.select({ id: articles.id }).from(articles).where(eq(articles.status, 'published')).get()!;
  startLive({ articleId: article.id, userId: null });
  const post = (text: string) => {
    const outcome = addLivePost({ articleId: article.id, fields: { title: null, body: { type: 'doc', content: [paragraph(text)] }, keyEvent: false, pinned: false }, userId: null, asDraft: false });
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.postId;
  };
  const app = await startServer(path.join(root, 'node_modules/.bin/next'), nextStartArgs(FIRST_PORT, '127.0.0.1'), {
    cwd: root, env: serverEnv(env), url: `http://127.0.0.1:${FIRST_PORT}`, probePath: `/api/live/${article.id}?sau=0`, log: path.join(scratch, 'app.log'),
  });
  const nginx = localNginx({ listenPort: FIRST_PORT + 1, refreshPort: FIRST_PORT + 2, upstreamPort: FIRST_PORT, dir: path.join(scratch, 'nginx') });
  nginx.start();
  try {
    const result = await measureLivePollers({
      url: nginx.url,
      articleId: article.id,
      post,
      readers: Number(option('--readers') ?? 1000),
      durationMs: Number(option('--seconds') ?? 60) * 1000,
    });
    console.log(livePollersLine(result));
    fs.writeFileSync(path.join(scratch, 'result.json'), JSON.stringify(result, null, 2));
  } finally {
    nginx.stop();
    await app.server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
