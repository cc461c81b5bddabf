import { describe, expect, it } from 'vitest';
import { countUsers, getUserForSignIn } from '@/lib/data/users';
import { createOwner } from './owner';
import { verifyPassword } from './password';

// The /admin/setup and ADMIN_EMAIL flow: the first account is created once, as admin.
describe('first-run owner', () => {
  it('refuses a weak password and creates nothing', async () => {
    expect(await createOwner({ email: 'a@toasoan.test', name: 'A', password: 'ngắn' })).toBe('invalid-password');
    expect(countUsers()).toBe(0);
  });

  it('creates the owner as an active admin with an argon2id hash of the NFC passphrase', async () => {
    const result = await createOwner({ email: ' Chu-Bien@ToaSoan.test ', name: 'Chủ biên', password: 'Mật khẩu chủ biên'.normalize('NFD') });
    expect(result).toBe('created');
    const owner = getUserForSignIn('chu-bien@toasoan.test');
    expect(owner).toMatchObject({ email: 'chu-bien@toasoan.test', role: 'admin', active: true });
    expect(owner?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(owner?.passwordHash ?? null, 'Mật khẩu chủ biên')).toBe(true);
  });

  it('refuses once any account exists, whoever asks', async () => {
    expect(await createOwner({ email: 'ke-gian@toasoan.test', name: 'Kẻ gian', password: 'mật khẩu đủ dài' })).toBe('exists');
    expect(countUsers()).toBe(1);
    expect(getUserForSignIn('ke-gian@toasoan.test')).toBeNull();
  });
});
