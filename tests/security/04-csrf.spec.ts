import { expect, test } from '@playwright/test';
import { Battery, report } from './cases';
import { articleAction, contentFingerprint, createDraft, snapshot, staffSession } from './support';
import { callServerAction } from '../../e2e/helpers/server-actions';
import { E2E_PORT } from '../../e2e/helpers/env';

// A signed-in editor's browser tricked into posting from elsewhere: foreign, "null" and missing
// Origin headers on Server Actions and the upload route must change nothing.

const ORIGINS: (string | null)[] = [
  'https://evil.example',
  'null',
  null,
  `http://127.0.0.1:${E2E_PORT}.evil.example`,
  `http://127.0.0.1:${E2E_PORT + 1}`,
  `https://127.0.0.1:${E2E_PORT}`,
  `http://localhost:${E2E_PORT}`,
  `http://127.0.0.1:${E2E_PORT}/`,
  'file://',
];

test('04 CSRF: foreign, null and missing Origin change nothing', async ({}, info) => {
  const editor = await staffSession('editor', 'Biên Tập CSRF');
  const { id, version } = await createDraft(editor.request, 'Bài CSRF');
  const battery = new Battery();
  let byGuard = 0;
  let byNext = 0;
  for (const origin of ORIGINS) {
    const before = contentFingerprint();
    const label = `Origin ${origin ?? '(none)'}`;
    const save = await articleAction(editor.request, 'save', { id, version, snapshot: snapshot('Bị giả mạo', 'Giả mạo.') }, origin);
    battery.check(save.result?.ok !== true, `${label}: save accepted`);
    const publish = await articleAction(editor.request, 'publish', { id, version, snapshot: snapshot('Bị giả mạo', 'Giả mạo.') }, origin);
    battery.check(publish.result?.ok !== true, `${label}: publish accepted`);
    const tag = await callServerAction(editor.request, {
      page: '/admin/tags',
      filename: 'app/admin/tags/actions.ts',
      exportedName: 'deleteTagAction',
      previousState: { status: 'idle' },
      fields: { id: '1' },
      origin,
    });
    // Refused by our assertSameOrigin (403 message) or, for a foreign Origin, by Next's own check first.
    const ours = (await tag.text()).includes('Yêu cầu không đến từ trang quản trị');
    if (ours) byGuard += 1;
    else if (tag.status() >= 400) byNext += 1;
    battery.check(ours || tag.status() >= 400, `${label}: tag action not refused (${tag.status()})`);
    const headers: Record<string, string> = origin === null ? {} : { Origin: origin };
    const upload = await editor.request.post('/api/uploads', {
      headers,
      multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') } },
      failOnStatusCode: false,
    });
    battery.check(upload.status() === 403, `${label}: upload answered ${upload.status()}`);
    battery.check(contentFingerprint() === before, `${label}: the database changed`);
  }
  report(info, { tried: battery.tried, passed: battery.passed }, { origins: ORIGINS.length, 'refused by assertSameOrigin': byGuard, 'refused by Next origin check': byNext });
  expect(battery.failures).toEqual([]);
  await editor.request.dispose();
});
