import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nextPackage from 'next/package.json';
import { PATCH_CHECKED_WITH_NEXT, dropDuplicateSingleValuedHeaders } from './single-location';

let server: http.Server;
let url = '';

beforeAll(async () => {
  dropDuplicateSingleValuedHeaders();
  server = http.createServer((_request, response) => {
    // What Next does on a redirect's first render: the render sets it, the cache replay appends it.
    response.setHeader('Location', '/bai-dung-1');
    response.appendHeader('Location', '/bai-dung-1');
    response.appendHeader('x-nextjs-stale-time', '300');
    response.appendHeader('x-nextjs-stale-time', '300');
    response.appendHeader('Set-Cookie', 'a=1');
    response.appendHeader('Set-Cookie', 'b=2');
    response.statusCode = 308;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function rawHeaders(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    http.get(url, (response) => {
      response.resume();
      resolve(response.rawHeaders);
    }).on('error', reject);
  });
}

describe('dropDuplicateSingleValuedHeaders', () => {
  it('sends one Location and one stale time, and keeps headers that may repeat', async () => {
    const raw = await rawHeaders();
    const names = raw.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase());
    expect(names.filter((name) => name === 'location')).toHaveLength(1);
    expect(names.filter((name) => name === 'x-nextjs-stale-time')).toHaveLength(1);
    expect(names.filter((name) => name === 'set-cookie')).toHaveLength(2);
  });
});

describe('the Location patch', () => {
  it('was checked against the installed Next (after an upgrade, see single-location.ts for how to tell whether it is still needed)', () => {
    expect(nextPackage.version).toBe(PATCH_CHECKED_WITH_NEXT);
  });

  it("is still needed: the installed Next replays a cached page's headers with a bare appendHeader (#82117)", () => {
    const nextRoot = dirname(createRequire(import.meta.url).resolve('next/package.json'));
    const runtime = readFileSync(join(nextRoot, 'dist/build/templates/app-page-runtime.js'), 'utf8');
    const replay = runtime.slice(runtime.indexOf('if (cachedData.headers) {'));
    expect(replay).toMatch(/for \(let \[key, value\] of Object\.entries\(headers\)\)\{[\s\S]{0,800}?res\.appendHeader\(key, value\);/);
  });
});
