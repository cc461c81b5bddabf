// AUTH_SECRET signs session tokens. When it is not given, one is generated on first start and
// kept beside the database (outside the repository's tracked files), readable by the owner only.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Sets process.env.AUTH_SECRET from the environment or the stored file, creating the file once. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const databasePath = path.resolve(process.env.DATABASE_PATH || 'data/toasoan.db');
  const file = path.join(path.dirname(databasePath), 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails if another start created it first; then we read theirs.
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  fs.chmodSync(file, 0o600);
  process.env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}
