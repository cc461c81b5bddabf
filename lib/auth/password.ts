import 'server-only';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { checkPassword } from './password-policy';

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1.
// Algorithm is an ambient const enum; 2 is Argon2id.
export const ARGON2_OPTIONS: Options = {
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Hashes a password that passed the policy; throws on one that did not (callers validate first). */
export async function hashPassword(raw: string): Promise<string> {
  const checked = checkPassword(raw);
  if (!checked.ok) throw new Error(checked.message);
  return hash(checked.password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** Verifies against the stored hash, or against a throwaway hash when there is none, so unknown accounts take as long. */
export async function verifyPassword(storedHash: string | null, raw: string): Promise<boolean> {
  const checked = checkPassword(raw);
  if (!checked.ok) return false;
  dummyHash ??= hash('không phải mật khẩu của ai', ARGON2_OPTIONS);
  const target = storedHash ?? (await dummyHash);
  try {
    const valid = await verify(target, checked.password);
    return storedHash !== null && valid;
  } catch {
    return false;
  }
}
