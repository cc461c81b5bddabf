import { describe, expect, it } from 'vitest';
import { createUser } from '@/lib/data/users';
import { checkCurrentPassword } from './current-password';
import { hashPassword } from './password';

const PASSWORD = 'Mật khẩu hiện tại đúng';
const MINUTE = 60_000;

describe('checkCurrentPassword', () => {
  it('locks after five wrong passwords, even against the right one, for a minute, then doubles; a success forgets the failures', async () => {
    const id = createUser({ email: 'tai-khoan@toasoan.test', name: 'Tài khoản', role: 'reporter', passwordHash: await hashPassword(PASSWORD) })!;
    const user = { id, email: 'tai-khoan@toasoan.test' };
    const start = Date.UTC(2026, 11, 1, 3);

    expect(await checkCurrentPassword(user, PASSWORD, start)).toBe('ok');
    for (let i = 0; i < 4; i++) expect(await checkCurrentPassword(user, `sai ${i}`, start + i)).toBe('wrong');
    // A success after four failures starts the count again.
    expect(await checkCurrentPassword(user, PASSWORD, start + 10)).toBe('ok');
    for (let i = 0; i < 5; i++) expect(await checkCurrentPassword(user, `sai ${i}`, start + 20 + i)).toBe('wrong');
    expect(await checkCurrentPassword(user, PASSWORD, start + 30)).toBe('locked');
    expect(await checkCurrentPassword(user, PASSWORD, start + 30 + MINUTE - 100)).toBe('locked');

    // After the minute one more guess is allowed; wrong again, the lock doubles.
    const later = start + 30 + MINUTE;
    expect(await checkCurrentPassword(user, 'sai nữa', later)).toBe('wrong');
    expect(await checkCurrentPassword(user, PASSWORD, later + MINUTE + 500)).toBe('locked');
    expect(await checkCurrentPassword(user, PASSWORD, later + 2 * MINUTE + 10)).toBe('ok');
  });

  it('keeps each account to its own count', async () => {
    const a = { id: createUser({ email: 'a@toasoan.test', name: 'A', role: 'editor', passwordHash: await hashPassword(PASSWORD) })!, email: 'a@toasoan.test' };
    const b = { id: createUser({ email: 'b@toasoan.test', name: 'B', role: 'editor', passwordHash: await hashPassword(PASSWORD) })!, email: 'b@toasoan.test' };
    const now = Date.UTC(2026, 11, 1, 4);
    for (let i = 0; i < 5; i++) await checkCurrentPassword(a, 'sai', now + i);
    expect(await checkCurrentPassword(a, PASSWORD, now + 10)).toBe('locked');
    expect(await checkCurrentPassword(b, PASSWORD, now + 10)).toBe('ok');
  });
});
