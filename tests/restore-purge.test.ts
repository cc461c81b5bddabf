import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run restore FILE` replaces every page readers can see: besides the database, it tells the
// CDN's purge webhook to drop all it keeps (the key every tagged page carries), signed, as the
// servers do after a change. The command runs as the operator runs it, against a local receiver.
const run = promisify(execFile);
const secret = 'bí-mật-webhook-khôi-phục-dài-hơn-32-ký-tự';
const received: { body: string; signature: string | undefined }[] = [];
let receiver: http.Server;
let dir = '';

/** A database the restore accepts: the tables it checks for. */
function database(file: string, title: string): void {
  const db = new Database(file);
  db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT); CREATE TABLE users (id INTEGER PRIMARY KEY); CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY)');
  db.prepare('INSERT INTO articles (title) VALUES (?)').run(title);
  db.close();
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-restore-'));
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, signature: request.headers['x-toasoan-signature'] as string | undefined });
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run restore', () => {
  it('restores the backup, then posts the site-wide key to the purge webhook, signed', { timeout: 60_000 }, async () => {
    const target = path.join(dir, 'toasoan.db');
    const backup = path.join(dir, 'backup.db');
    database(target, 'hiện tại');
    database(backup, 'bản sao lưu');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_PATH: target,
      PURGE_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/purge`,
      PURGE_WEBHOOK_SECRET: secret,
    };
    const { stdout } = await run(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/restore.ts', backup], { env });
    expect(stdout).toContain('Đã báo CDN');
    const restored = new Database(target, { readonly: true });
    expect(restored.prepare('SELECT title FROM articles').pluck().get()).toBe('bản sao lưu');
    restored.close();
    expect(received).toHaveLength(1);
    const { body, signature } = received[0]!;
    expect(JSON.parse(body).tags).toEqual(['toasoan']);
    expect(signature).toBe(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  });
});
