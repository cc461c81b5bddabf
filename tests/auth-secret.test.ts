import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureAuthSecret } from '../scripts/auth-secret.mjs';

const saved = { AUTH_SECRET: process.env.AUTH_SECRET, DATABASE_PATH: process.env.DATABASE_PATH };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('ensureAuthSecret', () => {
  it('generates a secret beside the database once, readable by the owner only, and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-secret-'));
    delete process.env.AUTH_SECRET;
    process.env.DATABASE_PATH = path.join(dir, 'site.db');
    ensureAuthSecret();
    const first = process.env.AUTH_SECRET;
    const file = path.join(dir, 'auth-secret');
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.readFileSync(file, 'utf8')).toBe(first);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    delete process.env.AUTH_SECRET;
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).toBe(first);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves a given AUTH_SECRET alone and writes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-secret-'));
    process.env.AUTH_SECRET = 'given-by-the-operator';
    process.env.DATABASE_PATH = path.join(dir, 'site.db');
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).toBe('given-by-the-operator');
    expect(fs.existsSync(path.join(dir, 'auth-secret'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
