import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('argon2id hashing', () => {
  it('stores argon2id with the OWASP parameters, salted', async () => {
    const a = await hashPassword('Mật khẩu thử nghiệm');
    const b = await hashPassword('Mật khẩu thử nghiệm');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it('verifies a Vietnamese passphrase typed in either Unicode form', async () => {
    const stored = await hashPassword('Hà Nội mùa thu 2026'.normalize('NFC'));
    expect(await verifyPassword(stored, 'Hà Nội mùa thu 2026'.normalize('NFD'))).toBe(true);
    expect(await verifyPassword(stored, 'Ha Noi mua thu 2026')).toBe(false);
  });

  it('refuses without a stored hash, and refuses overlong input', async () => {
    expect(await verifyPassword(null, 'bất kỳ mật khẩu nào')).toBe(false);
    const stored = await hashPassword('a'.repeat(256));
    expect(await verifyPassword(stored, 'a'.repeat(257))).toBe(false);
    expect(await verifyPassword('không phải hash', 'mật khẩu dài đủ')).toBe(false);
  });

  it('will not hash a password that breaks the policy', async () => {
    await expect(hashPassword('ngắn')).rejects.toThrow('ít nhất 8');
  });
});
