import { expect, type APIRequestContext } from '@playwright/test';
import { queryE2eDb } from './auth';
import { E2E_BASE_URL } from './env';
import { serverActionId } from './server-actions';

/** Calls a front action over plain HTTP, as a page would, with plain-object arguments. */
export async function callFrontAction(request: APIRequestContext, file: string, name: string, input: unknown): Promise<string> {
  const response = await request.post('/admin/fronts', {
    headers: {
      'Next-Action': serverActionId(`app/admin/fronts/_actions/${file}.ts`, name),
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: E2E_BASE_URL,
    },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
  return response.text();
}

/**
 * Publishes the home the seed published (its first version) again, as `request`'s managing editor:
 * specs sharing this worker's server may have curated the home since (e2e/admin/fronts.spec.ts).
 */
export async function republishSeededHome(request: APIRequestContext): Promise<void> {
  const [seeded] = queryE2eDb<{ document: string }>(
    "SELECT r.document FROM front_revisions r JOIN fronts f ON f.id = r.front_id WHERE f.key = 'home' ORDER BY r.id LIMIT 1",
  );
  const [home] = queryE2eDb<{ draft_version: number }>("SELECT draft_version FROM fronts WHERE key = 'home'");
  expect(seeded && home, 'the seeded home front').toBeTruthy();
  const answer = await callFrontAction(request, 'publish-front', 'publishFrontAction', {
    key: 'home',
    version: home!.draft_version,
    document: JSON.parse(seeded!.document),
  });
  expect(answer, 'republishing the seeded home').toContain('"ok":true');
}
