import { beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '@/lib/data/audit-read';
import { listAccountLocks, unlockAccount } from '@/lib/data/login-throttles';
import { createUser, setUserActive } from '@/lib/data/users';
import { authorizeCredentials } from './authorize-credentials';
import { DEVICE_COOKIE_NAME, deviceHandle, newDeviceId, signDeviceCookie, verifyDeviceCookie } from './device-cookie';
import { hashPassword } from './password';

process.env.AUTH_SECRET ??= 'unit-test-secret-not-used-anywhere-else';

const PASSWORD = 'Đúng mật khẩu rồi';
let n = 0;
function request(ip = '198.51.100.1', device?: string): Request {
  const headers: Record<string, string> = { 'x-forwarded-for': ip };
  if (device) headers.cookie = `other=1; ${DEVICE_COOKIE_NAME}=${device}`;
  return new Request('http://localhost/api/auth/callback/credentials', { headers });
}
async function failureCode(email: string, password: string, ip?: string, device?: string): Promise<string> {
  try {
    await authorizeCredentials({ email, password }, request(ip, device));
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

  it('answers the same for an unknown account, a wrong password and a deactivated account with a wrong password', async () => {
    const user = await makeUser();
    const off = await makeUser();
    setUserActive(off.id, false);
    expect(await failureCode('khong-co@toasoan.test', PASSWORD, '198.51.100.2')).toBe('credentials');
    expect(await failureCode(user.email, 'sai mật khẩu', '198.51.100.2')).toBe('credentials');
    expect(await failureCode(off.email, 'sai mật khẩu', '198.51.100.2')).toBe('credentials');
  });

  it('tells a deactivated account so only after its right password, and records it', async () => {
    const off = await makeUser();
    setUserActive(off.id, false);
    expect(await failureCode(off.email, PASSWORD, '198.51.100.3')).toBe('disabled');
    expect(listAuditEntries({ action: 'auth.login_disabled', targetType: 'user', targetId: off.id }, 1).total).toBe(1);
  });

  it('records the session version, a hash of the device and the browser with each sign-in', async () => {
    const user = await makeUser();
    const deviceId = newDeviceId();
    const signedIn = await authorizeCredentials(
      { email: user.email, password: PASSWORD },
      new Request('http://localhost/', {
        headers: { cookie: `${DEVICE_COOKIE_NAME}=${signDeviceCookie({ userId: user.id, deviceId })}`, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0' },
      }),
    );
    expect(signedIn.deviceId).toBe(deviceId);
    const [entry] = listAuditEntries({ action: 'auth.login', targetType: 'user', targetId: user.id }, 1).items;
    expect(entry?.detail).toMatchObject({ sv: 1, device: deviceHandle(deviceId), agent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0' });
    expect(JSON.stringify(entry?.detail)).not.toContain(deviceId);
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

  it('lets a known device in with the right password while strangers keep the account locked', async () => {
    const user = await makeUser();
    const device = signDeviceCookie({ userId: user.id, deviceId: newDeviceId() });
    for (let i = 0; i < 50; i++) await failureCode(user.email, `sai mật khẩu ${i}`, `198.51.101.${i}`);
    expect(await failureCode(user.email, PASSWORD, '198.51.101.200')).toBe('locked');
    expect(listAccountLocks().has(user.email)).toBe(true);
    // One lock, recorded once: the refused attempts after it are not counted.
    expect(listAuditEntries({ action: 'auth.account_locked', targetType: 'user', targetId: user.id }, 1).items).toHaveLength(1);
    expect(await failureCode(user.email, PASSWORD, '198.51.101.201', device)).toBe('signed-in');
    // The known device's success does not lift the lock for everyone else.
    expect(await failureCode(user.email, PASSWORD, '198.51.101.202')).toBe('locked');
  });

  it('does not accept a device cookie of another account, or one not signed with the secret', async () => {
    const user = await makeUser();
    const other = await makeUser();
    const deviceId = newDeviceId();
    const forged = signDeviceCookie({ userId: user.id, deviceId }).slice(0, -4) + 'AAAA';
    expect(verifyDeviceCookie(forged)).toBeNull();
    expect(verifyDeviceCookie(`v1.${user.id}.${deviceId}`)).toBeNull();
    expect(verifyDeviceCookie(signDeviceCookie({ userId: user.id, deviceId }))).toEqual({ userId: user.id, deviceId });
    for (let i = 0; i < 5; i++) await failureCode(user.email, `sai mật khẩu ${i}`, `198.51.102.${i}`);
    expect(await failureCode(user.email, PASSWORD, '198.51.102.10', forged)).toBe('locked');
    expect(await failureCode(user.email, PASSWORD, '198.51.102.11', signDeviceCookie({ userId: other.id, deviceId }))).toBe('locked');
  });

  it('charges a known device’s failures to its own limit, then to the account’s: a stolen cookie gets a few guesses, not many', async () => {
    const user = await makeUser();
    const device = signDeviceCookie({ userId: user.id, deviceId: newDeviceId() });
    const answers: string[] = [];
    for (let i = 0; i < 30; i++) answers.push(await failureCode(user.email, `sai mật khẩu ${i}`, `198.51.103.${i}`, device));
    expect(answers.filter((code) => code === 'credentials')).toHaveLength(10);
    expect(await failureCode(user.email, PASSWORD, '198.51.103.100', device)).toBe('locked');
    // A different known device of the same account is untouched.
    expect(await failureCode(user.email, PASSWORD, '198.51.103.101', signDeviceCookie({ userId: user.id, deviceId: newDeviceId() }))).toBe('signed-in');
  });

  it('unlocks an account and all of its devices at once', async () => {
    const user = await makeUser();
    const device = signDeviceCookie({ userId: user.id, deviceId: newDeviceId() });
    for (let i = 0; i < 10; i++) await failureCode(user.email, `sai mật khẩu ${i}`, `198.51.104.${i}`, device);
    expect(await failureCode(user.email, PASSWORD, '198.51.104.50', device)).toBe('locked');
    expect(unlockAccount(user)).toBe(true);
    expect(unlockAccount(user)).toBe(false);
    expect(await failureCode(user.email, PASSWORD, '198.51.104.51', device)).toBe('signed-in');
    expect(await failureCode(user.email, PASSWORD, '198.51.104.52')).toBe('signed-in');
  });
});
