// Measures the newsroom's two promises against a running production server:
//   p50 of an article save (Server Action round trip) and of publish-to-visible (publish action →
//   the public article page shows it). Usage, with a server on BASE_URL using DATABASE_PATH:
//   BASE_URL=http://127.0.0.1:3304 DATABASE_PATH=… NEXT_DIST_DIR=.next-editor \
//   ADMIN_EMAIL=… ADMIN_PASSWORD=… node scripts/measure-newsroom.mjs
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:3304';
const SAVES = Number(process.env.SAVES ?? 40);
const PUBLISHES = Number(process.env.PUBLISHES ?? 15);
const jar = new Map();

function remember(response) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const [name, ...value] = pair.split('=');
    jar.set(name.trim(), value.join('='));
  }
}
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

async function signIn(email, password) {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/admin' }),
    redirect: 'manual',
  });
  remember(response);
  if (response.status !== 302 || (response.headers.get('location') ?? '').includes('error'))
    throw new Error('Đăng nhập thất bại');
}

const manifest = JSON.parse(
  fs.readFileSync(
    path.resolve(process.env.NEXT_DIST_DIR ?? '.next', 'server/server-reference-manifest.json'),
    'utf8',
  ),
);
function actionId(file, name) {
  const found = Object.entries(manifest.node).find(
    ([, e]) => e.filename === `app/admin/articles/_actions/${file}.ts` && e.exportedName === name,
  );
  if (!found) throw new Error(`${name} không có trong bản build`);
  return found[0];
}

async function callAction(file, name, page, arg) {
  const started = performance.now();
  const response = await fetch(`${BASE}${page}`, {
    method: 'POST',
    headers: {
      'Next-Action': actionId(file, name),
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: BASE,
      Cookie: cookieHeader(),
    },
    body: JSON.stringify([arg]),
  });
  const text = await response.text();
  const elapsed = performance.now() - started;
  const line = text.split('\n').find((l) => l.startsWith('1:'));
  const result = line ? JSON.parse(line.slice(2)) : null;
  if (!result?.ok) throw new Error(`${name} thất bại: ${text.slice(0, 300)}`);
  return { result, elapsed };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const fmt = (values) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms · p90 ${percentile(values, 90).toFixed(1)} ms · n=${values.length}`;

const db = new Database(process.env.DATABASE_PATH, { readonly: true });
const section = db.prepare('SELECT id, slug FROM sections ORDER BY id LIMIT 1').get();
const body = (text) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const snapshot = (title, lead) => ({
  title,
  slug: '',
  lead,
  body: body(`Thân bài ${lead}`),
  sectionId: section.id,
  coverMediaId: null,
  tags: ['Đo thời gian'],
  bylines: [{ role: 'writer', label: 'Tin', name: 'Người Đo' }],
  seoTitle: '',
  seoDescription: '',
});

await signIn(process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD);

const created = await callAction('create-article', 'createArticleAction', '/admin/articles/new', {
  snapshot: snapshot('Bài đo lưu', 'bản 0'),
});
let version = created.result.version;
const saves = [];
for (let i = 1; i <= SAVES; i++) {
  const { result, elapsed } = await callAction(
    'save-article',
    'saveArticleAction',
    `/admin/articles/${created.result.id}`,
    {
      id: created.result.id,
      version,
      snapshot: snapshot('Bài đo lưu', `bản ${i}`),
    },
  );
  version = result.version;
  if (i > 3) saves.push(elapsed); // the first calls warm the server up
}

const visible = [];
for (let i = 0; i < PUBLISHES; i++) {
  const title = `Bài đo xuất bản ${Date.now()} ${i}`;
  const draft = await callAction('create-article', 'createArticleAction', '/admin/articles/new', {
    snapshot: snapshot(title, 'sa-pô'),
  });
  const started = performance.now();
  const published = await callAction(
    'publish-article',
    'publishArticleAction',
    `/admin/articles/${draft.result.id}`,
    {
      id: draft.result.id,
      version: draft.result.version,
      snapshot: snapshot(title, 'sa-pô'),
    },
  );
  const url = `${BASE}/${section.slug}/${published.result.slug}-${draft.result.id}`;
  for (;;) {
    const page = await fetch(url);
    if (page.status === 200 && (await page.text()).includes(title)) break;
  }
  visible.push(performance.now() - started);
}
db.close();

console.log(`Lưu bài (Server Action, khứ hồi):     ${fmt(saves)}`);
console.log(`Xuất bản → hiện trên trang bài viết:   ${fmt(visible)}`);
