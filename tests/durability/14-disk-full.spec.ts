import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { report } from '../security/cases';
import { actionResult, ownerSession, snapshot } from '../security/support';
import { E2E_DATABASE_PATH, E2E_PORT } from '../../e2e/helpers/env';
import { serverActionId } from '../../e2e/helpers/server-actions';
import { exited, startServer } from './extra-server';
import { saveOver } from './http-actions';

// A real full disk: a small tmpfs (mounted as root) holds a copy of the database, served by a
// second server; once a filler file takes the last byte, a save must answer a clear error, the
// editor must keep its text, and the database must stay sound and unchanged.

const MOUNT = path.join('/tmp', `toasoan-full-${E2E_PORT}`);
const PORT = 3403;

test('14 disk full: clear error, text kept, database consistent', async ({ browser }, info) => {
  test.setTimeout(240_000);
  fs.mkdirSync(MOUNT, { recursive: true });
  const megabytes = Math.ceil(fs.statSync(E2E_DATABASE_PATH).size / 1024 / 1024) + 8;
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', MOUNT]);
  const server = { current: null as Awaited<ReturnType<typeof startServer>> | null };
  try {
    const dbPath = path.join(MOUNT, 'full.db');
    const source = new Database(E2E_DATABASE_PATH, { readonly: true });
    source.prepare('VACUUM INTO ?').run(dbPath);
    source.close();
    server.current = await startServer(PORT, dbPath);
    const base = server.current.url;
    const owner = await ownerSession();
    const cookies = (await owner.storageState()).cookies;
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const created = actionResult(
      await (
        await fetch(`${base}/admin/articles/new`, {
          method: 'POST',
          headers: { 'Next-Action': serverActionId('app/admin/articles/_actions/create-article.ts', 'createArticleAction'), Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8', Origin: base, Cookie: cookie },
          body: JSON.stringify([{ snapshot: snapshot('Bài khi đầy đĩa', 'Bản đầu.') }]),
        })
      ).text(),
    );
    expect(created?.ok).toBe(true);
    const id = Number(created!.id);
    const read = () => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return { row: db.prepare('SELECT version, title FROM articles WHERE id = ?').get(id) as { version: number; title: string }, integrity: String(db.pragma('integrity_check', { simple: true })) };
      } finally {
        db.close();
      }
    };
    const before = read();

    // Fill the file system to the last byte.
    const filler = fs.openSync(path.join(MOUNT, 'filler'), 'w');
    const block = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) fs.writeSync(filler, block);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    for (let size = 4096; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) fs.writeSync(filler, Buffer.alloc(size, 1));
      } catch {
        // Full at this granularity; try smaller writes.
      }
    }
    fs.closeSync(filler);

    // Under the schema's 20,000 characters per text node: refused by the disk, not by validation.
    const bigText = 'Đoạn văn dài khi ổ đĩa đầy. '.repeat(600);
    const result = await saveOver(base, cookie, id, before.row.version, 'Bản sửa khi đầy đĩa', bigText);
    const after = read();
    const failures: string[] = [];
    if (result?.ok !== false || !/dung lượng/.test(String(result.message))) failures.push(`save answered ${JSON.stringify(result).slice(0, 300)}`);
    if (after.integrity !== 'ok') failures.push(`integrity_check ${after.integrity}`);
    if (after.row.version !== before.row.version || after.row.title !== before.row.title) failures.push(`article changed: ${JSON.stringify(after.row)}`);

    // In the editor: the message is shown and the typed text is still there.
    const context = await browser.newContext({ baseURL: base });
    await context.addCookies(cookies.map((c) => ({ ...c, domain: '127.0.0.1' })));
    const page = await context.newPage();
    await page.goto(`/admin/articles/${id}`);
    const body = page.getByRole('textbox', { name: 'Nội dung bài' });
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Câu viết khi ổ đĩa đã đầy.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'dung lượng' })).toBeVisible();
    await expect(body).toContainText('Câu viết khi ổ đĩa đã đầy.');
    await context.close();

    report(info, { tried: 4, passed: 4 - failures.length }, { 'file system': `tmpfs ${megabytes} MB`, 'body tried': `${Math.round(bigText.length / 1024)} KB` });
    expect(failures).toEqual([]);
    await owner.dispose();
  } finally {
    if (server.current) {
      server.current.stop();
      await exited(server.current.process);
    }
    execFileSync('umount', [MOUNT]);
  }
});
