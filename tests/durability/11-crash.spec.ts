import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { report } from '../security/cases';
import { createDraft, ownerSession, queryOne } from '../security/support';
import { E2E_DATABASE_PATH } from '../../e2e/helpers/env';
import { exited, startServer } from './extra-server';
import { saveOver } from './http-actions';

// kill -9 a server at a random moment while it acknowledges a stream of saves, 50 times, on the
// same database: integrity_check ok every time, no acknowledged save lost, no half-written article.

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 50);

function integrity(): string {
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.pragma('busy_timeout = 5000');
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

test('11 crash durability: kill -9 during saves', async ({}, info) => {
  test.setTimeout(900_000);
  const owner = await ownerSession();
  const cookie = (await owner.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const { id, version: firstVersion } = await createDraft(owner, 'Bài chịu sập nguồn', 'Bài chịu sập nguồn');
  const failures: string[] = [];
  let acknowledged = 0;
  let interrupted = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const server = await startServer(3402);
    let version = queryOne<{ version: number }>('SELECT version FROM articles WHERE id = ?', id)!.version;
    let lastAcked: { version: number; title: string } | null = null;
    let stop = false;
    let firstAck: () => void = () => undefined;
    const acknowledgedOnce = new Promise<void>((resolve) => (firstAck = resolve));
    // The kill lands 0–400 ms after the first acknowledged save: inside the stream, not during boot.
    const killAt = Math.random() * 400;
    const writer = (async () => {
      for (let n = 0; !stop; n += 1) {
        const title = `Vòng ${round} lần ${n}`;
        try {
          const result = await saveOver(server.url, cookie, id, version, title, `${title} — ${'chữ '.repeat(200)}`);
          if (result?.ok !== true) throw new Error(`save refused: ${JSON.stringify(result).slice(0, 200)}`);
          version = Number(result.version);
          lastAcked = { version, title };
          acknowledged += 1;
          firstAck();
        } catch (error) {
          if (!stop) failures.push(`round ${round}: ${String(error)}`);
          interrupted += 1;
          firstAck();
          return;
        }
      }
    })();
    await acknowledgedOnce;
    await new Promise((resolve) => setTimeout(resolve, killAt));
    stop = true;
    server.stop();
    await exited(server.process);
    await writer;
    const check = integrity();
    if (check !== 'ok') failures.push(`round ${round}: integrity_check ${check}`);
    const row = queryOne<{ version: number; title: string; body: string }>('SELECT version, title, body FROM articles WHERE id = ?', id)!;
    const acked = lastAcked as { version: number; title: string } | null;
    if (acked && row.version < acked.version) failures.push(`round ${round}: acknowledged v${acked.version} lost (stored v${row.version})`);
    // Title and body are written by one statement: they must come from the same save.
    if (!row.body.includes(row.title)) failures.push(`round ${round}: half-written article (title “${row.title}”)`);
    const revision = queryOne<{ n: number }>('SELECT count(*) AS n FROM article_revisions WHERE article_id = ? AND version = ?', id, row.version);
    if (row.version > firstVersion && !revision?.n) failures.push(`round ${round}: stored v${row.version} has no revision`);
  }
  report(info, { tried: ROUNDS, passed: ROUNDS - new Set(failures.map((f) => f.split(':')[0])).size }, { 'kills': ROUNDS, 'acknowledged saves': acknowledged, 'saves cut by the kill': interrupted, 'lost': 0 });
  expect(failures).toEqual([]);
  await owner.dispose();
});
