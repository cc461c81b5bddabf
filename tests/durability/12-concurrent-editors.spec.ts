import { expect, test } from '@playwright/test';
import { report } from '../security/cases';
import { createDraft, queryOne, staffSession } from '../security/support';
import { E2E_BASE_URL } from '../../e2e/helpers/env';
import { saveOver } from './http-actions';

// Two editors save the same article at the same instant, 100 times: one wins, the other is told
// of the conflict (and shown the winner's text), and the stored article is the winner's.

const ROUNDS = 100;

test('12 concurrent editors: one wins, one conflicts, no lost update', async ({}, info) => {
  test.setTimeout(300_000);
  const a = await staffSession('editor', 'Biên Tập A');
  const b = await staffSession('editor', 'Biên Tập B');
  const cookieOf = async (s: typeof a) => (await s.request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const [cookieA, cookieB] = [await cookieOf(a), await cookieOf(b)];
  const { id } = await createDraft(a.request, 'Bài hai người sửa');
  const failures: string[] = [];
  let winsA = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const version = queryOne<{ version: number }>('SELECT version FROM articles WHERE id = ?', id)!.version;
    const [ra, rb] = await Promise.all([
      saveOver(E2E_BASE_URL, cookieA, id, version, `A vòng ${round}`, `A vòng ${round}`),
      saveOver(E2E_BASE_URL, cookieB, id, version, `B vòng ${round}`, `B vòng ${round}`),
    ]);
    const winners = [ra, rb].filter((r) => r?.ok === true).length;
    const conflicts = [ra, rb].filter((r) => r?.ok === false && r.error === 'conflict').length;
    if (winners !== 1 || conflicts !== 1) {
      failures.push(`round ${round}: ${JSON.stringify(ra).slice(0, 120)} / ${JSON.stringify(rb).slice(0, 120)}`);
      continue;
    }
    const winner = ra?.ok === true ? 'A' : 'B';
    if (winner === 'A') winsA += 1;
    const row = queryOne<{ version: number; title: string }>('SELECT version, title FROM articles WHERE id = ?', id)!;
    if (row.title !== `${winner} vòng ${round}` || row.version !== version + 1) failures.push(`round ${round}: stored “${row.title}” v${row.version}, winner ${winner}`);
    const loser = (winner === 'A' ? rb : ra) as { current?: { snapshot?: { title?: string } } };
    if (loser.current?.snapshot?.title !== `${winner} vòng ${round}`) failures.push(`round ${round}: the conflict did not show the winner's text`);
  }
  report(info, { tried: ROUNDS, passed: ROUNDS - failures.length }, { 'A won': winsA, 'B won': ROUNDS - winsA - failures.length, 'lost updates': failures.length });
  expect(failures).toEqual([]);
  await a.request.dispose();
  await b.request.dispose();
});
