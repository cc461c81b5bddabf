import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, setUserActive } from '@/lib/data/users';
import { authorizeCredentials } from './authorize-credentials';
import { hashPassword } from './password';

const PASSWORD = 'Đúng mật khẩu rồi';
let n = 0;
function request(ip = '198.51.100.1'): Request {
  return new Request('http://localhost/api/auth/callback/credentials', { headers: { 'x-forwarded-for': ip } });
}
async function failureCode(email: string, password: string, ip?: string): Promise<string> {
  try {
    await authorizeCredentials({ email, password }, request(ip));
    return 'signed-in';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
async function makeUser(role: 'editor' | 'reporter' = 'reporter'): Promise<{ id: number; email: string }> {
  n += 1;
  const email = `nguoi-${n}@toasoan.test`;
  const id = createUser({ email, name: `Người ${n}`, role, passwordHash: await hashPassword(PASSWORD) });
  if (id === null) throw new Error('fixture');
  return { id, email };
}

describe('authorizeCredentials', () => {
  let hash: string;
  beforeAll(async () => {
    hash = await hashPassword(PASSWORD);
  });

  it('signs in with the right password and returns the session claims', async () => {
    const user = await makeUser('editor');
    const signedIn = await authorizeCredentials({ email: user.email.toUpperCase(), password: PASSWORD }, request());
    expect(signedIn).toMatchObject({ id: String(user.id), email: user.email, role: 'editor', sessionVersion: 1 });
    expect(hash).toMatch(/^\$argon2id/);
  });

  it('answers the same for an unknown account, a wrong password and a deactivated account', async () => {
    const user = await makeUser();
    const off = await makeUser();
    setUserActive(off.id, false);
    expect(await failureCode('khong-co@toasoan.test', PASSWORD, '198.51.100.2')).toBe('credentials');
    expect(await failureCode(user.email, 'sai mật khẩu', '198.51.100.2')).toBe('credentials');
    expect(await failureCode(off.email, PASSWORD, '198.51.100.2')).toBe('credentials');
  });

  it('locks an account after five failures, even for the right password, and the same for unknown accounts', async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) expect(await failureCode(user.email, `sai mật khẩu ${i}`, `198.51.100.${10 + i}`)).toBe('credentials');
    expect(await failureCode(user.email, PASSWORD, '198.51.100.20')).toBe('locked');
    for (let i = 0; i < 5; i++) await failureCode('ma@toasoan.test', `sai mật khẩu ${i}`, `198.51.100.${30 + i}`);
    expect(await failureCode('ma@toasoan.test', PASSWORD, '198.51.100.40')).toBe('locked');
  });

  it('locks an address after twenty failures across accounts', async () => {
    const user = await makeUser();
    for (let i = 0; i < 20; i++) await failureCode(`doan-${i}@toasoan.test`, 'sai mật khẩu', '203.0.113.9');
    expect(await failureCode(user.email, PASSWORD, '203.0.113.9')).toBe('locked');
    expect(await failureCode(user.email, PASSWORD, '203.0.113.10')).toBe('signed-in');
  });

  it('forgets an account’s failures after a success', async () => {
    const user = await makeUser();
    for (let i = 0; i < 4; i++) await failureCode(user.email, 'sai mật khẩu', '198.51.100.50');
    expect(await failureCode(user.email, PASSWORD, '198.51.100.50')).toBe('signed-in');
    for (let i = 0; i < 4; i++) expect(await failureCode(user.email, 'sai mật khẩu', '198.51.100.50')).toBe('credentials');
    expect(await failureCode(user.email, PASSWORD, '198.51.100.50')).toBe('signed-in');
  });
});
