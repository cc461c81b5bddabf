// npm run bench -- --only lighthouse [--runs N]: Lighthouse mobile alone, in minutes instead of the
// full run's corpus and load tests: the seed article, its lite page and the home of a freshly seeded
// database, and the bare Next.js page, measured in turns in one run. For work on the first paint.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { buildIfNeeded, dropBuildTimeHomePage, prepareDatabase, nextStartArgs, serverEnv } from '../scripts/start.mjs';
import { buildControlIfNeeded } from './lib/control';
import { inlineFlight } from './lib/flight';
import { liteArticlePath } from '../lib/urls';
import { lcpBreakdownRows, lighthouseMedians, lighthouseRows } from './lib/lighthouse';
import { startServer, type Server } from './lib/process';

/** The seeded database's one imported article: the scraped seed, with its photo captions. */
function seedArticlePath(db: string): string {
  const sqlite = new Database(db, { readonly: true });
  try {
    const row = sqlite
      .prepare(`SELECT a.id, a.slug, c.slug AS section FROM articles a JOIN sections c ON c.id = a.section_id WHERE a.source_hash IS NOT NULL`)
      .get() as { id: number; slug: string; section: string } | undefined;
    if (!row) throw new Error(`no imported article in ${db}`);
    return `/${row.section}/${row.slug}-${row.id}`;
  } finally {
    sqlite.close();
  }
}

/** What the first paint of a page has to fetch besides scripts: HTML, and stylesheets and preloaded fonts it names. */
async function firstPaintBytes(url: string) {
  const html = await (await fetch(url)).text();
  const linked = [...html.matchAll(/<link[^>]+>/g)]
    .map((m) => m[0])
    .filter((tag) => /rel="(stylesheet|preload)"/.test(tag) && !/as="script"/.test(tag))
    // A responsive image preload names its files in imagesrcset, not href: the first is enough.
    .map((tag) => (/ href="([^"]+)"/.exec(tag) ?? /imageSrcSet="([^" ]+)/i.exec(tag))![1]!.replaceAll('&amp;', '&'));
  const files = await Promise.all(
    linked.map(async (href) => {
      const body = Buffer.from(await (await fetch(new URL(href, url))).arrayBuffer());
      return { href, bytes: body.length, gzip: href.endsWith('.css') ? gzipSync(body).length : body.length };
    }),
  );
  const inlineStyleChars = [...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].reduce((sum, m) => sum + m[1]!.length, 0);
  return { htmlBytes: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, inlineFlightBytes: Buffer.byteLength(inlineFlight(html)), inlineStyleChars, files };
}

export async function lighthouseOnly(options: { root: string; scratch: string; ports: { app: number; control: number }; runs: number }) {
  const dir = path.join(options.scratch, `lighthouse-${options.ports.app}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const db = path.join(dir, 'seeded.db');
  const appUrl = `http://127.0.0.1:${options.ports.app}`;
  const env = { ...process.env, DATABASE_PATH: db, MEDIA_DIR: path.join(dir, 'media'), NODE_ENV: 'production' as const, SITE_URL: appUrl };
  Object.assign(process.env, env);
  prepareDatabase();
  buildIfNeeded();
  dropBuildTimeHomePage();
  const control = buildControlIfNeeded(options.root, env);
  const article = seedArticlePath(db);
  const nextBin = path.join(options.root, 'node_modules/.bin/next');

  const servers: Server[] = [];
  try {
    const app = await startServer(nextBin, nextStartArgs(options.ports.app, '127.0.0.1'), {
      cwd: options.root, env: serverEnv(env), url: appUrl, probePath: article, log: path.join(dir, 'app.log'),
    });
    servers.push(app.server);
    const bare = await startServer(nextBin, ['start', control.dir, '-p', String(options.ports.control), '-H', '127.0.0.1'], {
      cwd: options.root, env: control.env, url: `http://127.0.0.1:${options.ports.control}`, probePath: '/static', log: path.join(dir, 'control.log'),
    });
    servers.push(bare.server);
    await fetch(`${appUrl}/`); // render the home once, as the article was by the probe

    const bytes = { article: await firstPaintBytes(appUrl + article), home: await firstPaintBytes(`${appUrl}/`) };
    const pages = lighthouseMedians(
      {
        article: appUrl + article,
        lite: appUrl + liteArticlePath(article),
        home: `${appUrl}/`,
        'bare Next static page': `${bare.server.url}/static`,
      },
      options.runs,
      dir,
    );
    const ratio = pages.article!.lcpMs / pages['bare Next static page']!.lcpMs;
    const lite = pages.lite!;
    const report = { date: new Date().toISOString(), article, bytes, lighthouse: pages, articleLcpRatio: ratio };
    fs.writeFileSync(path.join(dir, 'summary.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      [
        `\nSeed article ${article}; reports in ${dir}`,
        '',
        '| Measure | Value | Target |',
        '| --- | --- | --- |',
        ...lighthouseRows(pages),
        `| Article LCP / bare Next LCP | ${ratio.toFixed(2)} | ≤ 1.2 ${ratio <= 1.2 ? '✔' : '✘'} |`,
        `| Lite article: LCP, total transfer | ${lite.lcpMs.toFixed(0)} ms, ${(lite.transferBytes / 1024).toFixed(1)} KB | ≤ 1000 ms, ≤ 20 KB |`,
        ...lcpBreakdownRows(pages),
        ...Object.entries(bytes).map(
          ([page, b]) =>
            `| ${page}: HTML (gzip), inline RSC payload (bench/rsc-payload.ts breaks it down), inline CSS; stylesheets and preloads | ${(b.htmlBytes / 1024).toFixed(1)} KB (${(b.htmlGzip / 1024).toFixed(1)} KB), ${(b.inlineFlightBytes / 1024).toFixed(1)} KB, ${(b.inlineStyleChars / 1024).toFixed(1)} K chars; ${b.files.map((f) => `${path.basename(f.href.split('?')[0]!)} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')} | |`,
        ),
      ].join('\n'),
    );
  } finally {
    for (const server of servers) await server.stop();
  }
}
