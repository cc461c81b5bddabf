import { expect, test } from '@playwright/test';
import { Battery, report } from './cases';
import { anonymous, staffSession } from './support';
import { E2E_BASE_URL } from '../../e2e/helpers/env';

// Hostile callbackUrl values on the login page, on Auth.js's sign-in and for a signed-in visitor:
// every Location stays on this site, nothing answers 5xx.

const HOSTILE = [
  'https://evil.example', '//evil.example', '///evil.example', '////evil.example/admin', '/\\evil.example', '\\\\evil.example',
  '/%5Cevil.example', '/%2F%2Fevil.example', 'https:evil.example', 'http:/evil.example', ' https://evil.example',
  '\thttps://evil.example', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>',
  '/admin@evil.example', '/admin/../../evil.example', 'https://127.0.0.1.evil.example/admin', `${E2E_BASE_URL}.evil.example/admin`,
  `${E2E_BASE_URL}@evil.example/admin`, '/admin%0d%0aLocation:%20https://evil.example', '/admin\r\nSet-Cookie: x=1',
  '/%09/evil.example', '/%00/evil.example', 'https://evil.example%2F%2E%2E', '//%65vil.example', '/\u3002evil.example',
  'https://evil。example', '%2F%2Fevil.example', 'evil.example', '/admin?next=https://evil.example', '.evil.example',
];

function staysOnSite(location: string | undefined): boolean {
  if (!location) return true;
  const target = new URL(location, E2E_BASE_URL);
  // Auth.js answers with its own idea of the host (localhost); the port and scheme must be ours.
  const own = [E2E_BASE_URL, E2E_BASE_URL.replace('127.0.0.1', 'localhost')];
  return own.includes(target.origin) && !/^(javascript|data):/i.test(location.trim());
}

test('05 open redirects via callbackUrl', async ({}, info) => {
  const battery = new Battery();
  const visitor = await anonymous();
  const staff = await staffSession('reporter', 'Phóng Viên Chuyển Hướng');
  for (const value of HOSTILE) {
    const query = `callbackUrl=${encodeURIComponent(value)}`;
    for (const [who, request] of [['anonymous', visitor], ['signed in', staff.request]] as const) {
      const page = await request.get(`/admin/login?${query}`, { maxRedirects: 0, failOnStatusCode: false });
      battery.check(page.status() < 500, `${who} login ${value}: ${page.status()}`);
      battery.check(staysOnSite(page.headers()['location']), `${who} login ${value} → ${page.headers()['location']}`);
    }
    const proxied = await visitor.get(`/admin/articles?${query}`, { maxRedirects: 0, failOnStatusCode: false });
    battery.check(proxied.status() < 500 && staysOnSite(proxied.headers()['location']), `proxy redirect ${value} → ${proxied.headers()['location']}`);
  }
  // Auth.js's own sign-in endpoint with a hostile callbackUrl in the form.
  const signedIn = await anonymous();
  for (const value of HOSTILE.slice(0, 12)) {
    const csrf = (await (await signedIn.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await signedIn.post('/api/auth/callback/credentials', {
      form: { email: staff.email, password: staff.password, csrfToken: csrf.csrfToken, callbackUrl: value },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    battery.check(response.status() < 500 && staysOnSite(response.headers()['location']), `auth callback ${value} → ${response.headers()['location']}`);
  }
  report(info, { tried: battery.tried, passed: battery.passed }, { values: HOSTILE.length });
  expect(battery.failures).toEqual([]);
  await visitor.dispose();
  await signedIn.dispose();
  await staff.request.dispose();
});
