// Secrets the app needs and an operator need not provide: when not given in the environment,
// each is generated on first start and kept beside the database (outside the repository's
// tracked files), readable by the owner only. Every process started on that database, and every
// build made for it, uses the same value.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Sets process.env[name] from the environment or the file `fileName` beside the database, creating the file once. */
function ensureSecretBesideDatabase(name, fileName) {
  if (process.env[name]) return;
  const databasePath = path.resolve(process.env.DATABASE_PATH || 'data/toasoan.db');
  const file = path.join(path.dirname(databasePath), fileName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails if another start created it first; then we read theirs.
    fs.writeFileSync(file, crypto.randomBytes(32).toString(name === 'AUTH_SECRET' ? 'base64url' : 'base64'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  fs.chmodSync(file, 0o600);
  process.env[name] = fs.readFileSync(file, 'utf8').trim();
}

/** AUTH_SECRET signs session tokens (data/auth-secret). */
export function ensureAuthSecret() {
  ensureSecretBesideDatabase('AUTH_SECRET', 'auth-secret');
}

/**
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (data/server-actions-key, 32 bytes in base64 as Next requires)
 * encrypts what a rendered form carries back to its Server Action. Next embeds it in the build:
 * with one key per database, every build made for it, on this host or another, decrypts a form
 * rendered by any other, so an editor's open form survives a deploy.
 */
export function ensureServerActionsKey() {
  ensureSecretBesideDatabase('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'server-actions-key');
}
