import { expect, request as playwrightRequest, test, type APIResponse } from '@playwright/test';
import { Battery, report } from './cases';
import { newStaff } from '../../e2e/helpers/articles';
import { E2E_PORT } from '../../e2e/helpers/env';
import { exited, startServer } from '../durability/extra-server';

// Auth.js must build every URL it emits from SITE_URL: not from the address the server binds
// (`next start -H 0.0.0.0`, as `npm start` does) nor from a Host header a client chose. A second
// server of the same build binds 0.0.0.0 with SITE_URL https://localhost:<port>; it is asked on
// 127.0.0.1 with a hostile Host header. Cookies are Secure because SITE_URL is https, whatever
// scheme the request came over.

const PORT = E2E_PORT + 400;
const SITE = `https://localhost:${PORT}`;
const HOSTILE = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'http' };

const setCookies = (response: APIResponse) => response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
const cookieValue = (cookies: string[], name: RegExp) => {
  const found = cookies.find((c) => name.test(c.split('=')[0]!));
  return found ? decodeURIComponent(found.slice(found.indexOf('=') + 1).split(';')[0]!) : undefined;
};
/** The origin a Location or cookie URL names; a path (`/admin/login`) stays on whatever origin was asked, so it counts as the site's. */
const originOf = (value: string | undefined) => (value === undefined ? 'none' : /^\/(?![/\\])/.test(value) ? SITE : new URL(value).origin);

test('21 Auth.js URLs come from SITE_URL', async ({}, info) => {
  test.setTimeout(90_000);
  const battery = new Battery();
  const staff = await newStaff('reporter', 'Phóng Viên Địa Chỉ');
  const server = await startServer(PORT, undefined, SITE, '0.0.0.0');
  const client = await playwrightRequest.newContext({ baseURL: server.url });
  try {
    // The csrf answer sets the callback-url cookie: the site's origin, not 0.0.0.0 or evil.example.
    const csrf = await client.get('/api/auth/csrf', { headers: HOSTILE });
    const csrfCookies = setCookies(csrf);
    const callbackCookie = cookieValue(csrfCookies, /callback-url$/);
    battery.check(originOf(callbackCookie) === SITE, `callback-url cookie ${callbackCookie}`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    // SITE_URL is https: the cookies carry Secure and their __Host-/__Secure- names, over plain http too.
    const csrfCookie = csrfCookies.find((c) => /csrf-token=/.test(c)) ?? '';
    battery.check(csrfCookie.startsWith('__Host-') && /;\s*Secure/i.test(csrfCookie), `csrf cookie ${csrfCookie.slice(0, 60)}`);
    const cookie = csrfCookies.map((c) => c.split(';')[0]).join('; ');

    // Auth.js's own sign-in page redirects to ours, on the site's origin.
    const signinPage = await client.get('/api/auth/signin', { headers: { ...HOSTILE, Cookie: cookie }, maxRedirects: 0 });
    const signinLocation = signinPage.headers()['location'];
    const signinTarget = new URL(signinLocation ?? '/', SITE);
    battery.check(originOf(signinLocation) === SITE && signinTarget.pathname === '/admin/login', `GET /api/auth/signin → ${signinLocation}`);
    battery.check(originOf(signinTarget.searchParams.get('callbackUrl') ?? undefined) === SITE, `GET /api/auth/signin → callbackUrl ${signinTarget.searchParams.get('callbackUrl')}`);

    // A refused and an accepted sign-in: both redirects on the site's origin.
    const post = (password: string) =>
      client.post('/api/auth/callback/credentials', { headers: { ...HOSTILE, Cookie: cookie }, form: { email: staff.email, password, csrfToken, callbackUrl: '/admin' }, maxRedirects: 0 });
    const wrong = await post('Sai mật khẩu 123');
    battery.check(originOf(wrong.headers()['location']) === SITE, `refused sign-in → ${wrong.headers()['location']}`);
    const right = await post(staff.password);
    const rightLocation = right.headers()['location'];
    battery.check(right.status() === 302 && rightLocation === `${SITE}/admin`, `sign-in → ${right.status()} ${rightLocation}`);
    const session = setCookies(right).find((c) => /session-token=/.test(c)) ?? '';
    battery.check(session.startsWith('__Secure-') && /;\s*Secure/i.test(session) && /;\s*HttpOnly/i.test(session), `session cookie ${session.slice(0, 60)}`);

    // The admin proxy (Auth.js middleware) sends a signed-out visitor to the login page on the site's origin.
    const signedOut = await playwrightRequest.newContext({ baseURL: server.url });
    const admin = await signedOut.get('/admin/articles', { headers: HOSTILE, maxRedirects: 0 });
    const adminLocation = admin.headers()['location'];
    battery.check(originOf(adminLocation) === SITE && /^\/admin\/login/.test(new URL(adminLocation ?? '/', SITE).pathname), `/admin/articles → ${admin.status()} ${adminLocation}`);

    await signedOut.dispose();

    // Nothing Auth.js answered names the bind address or the hostile host.
    const everything = [csrf, signinPage, wrong, right, admin].flatMap((r) => r.headersArray().map((h) => h.value)).join('\n');
    battery.check(!/0\.0\.0\.0|evil\.example/.test(everything), `a header names 0.0.0.0 or evil.example: ${/.*(0\.0\.0\.0|evil\.example).*/.exec(everything)?.[0]}`);
  } finally {
    await client.dispose();
    server.stop();
    await exited(server.process);
  }
  report(info, { tried: battery.tried, passed: battery.passed }, { 'SITE_URL': SITE, bind: '0.0.0.0' });
  expect(battery.failures).toEqual([]);
});
