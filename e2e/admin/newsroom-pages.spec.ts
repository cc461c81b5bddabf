import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { queryE2eDb, signInContext } from '../helpers/auth';
import { axeViolations } from '../helpers/axe';
import { E2E_OWNER } from '../helpers/env';

// Every newsroom page, at 390 and 1280 px: no axe-core violations, and on a phone (issue 18) none
// scrolls sideways. The routes are read from app/admin itself, so a new page is checked without
// anyone adding it here; a dynamic segment takes a seeded id. Signed in as the admin, who may
// open every page.

const ADMIN_DIR = path.resolve(__dirname, '../../app/admin');

/** Every page route under app/admin, as its path pattern ("/admin/articles/[id]/revisions"). */
function adminRoutes(dir = ADMIN_DIR, prefix = '/admin'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' ? [prefix] : [];
    // _components and other private folders are no routes; (groups) add no segment.
    if (!entry.isDirectory() || entry.name.startsWith('_')) return [];
    const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
    return adminRoutes(path.join(dir, entry.name), `${prefix}${segment}`);
  });
}

const one = <T,>(sql: string) => {
  const row = queryE2eDb<T>(sql)[0];
  if (!row) throw new Error(`no seeded row for ${sql}`);
  return row;
};

/** A seeded value for each dynamic segment, by the folder it sits in. */
function seededSegments(): Record<string, string> {
  return {
    '/admin/articles/[id]': String(one<{ id: number }>("SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1").id),
    '/admin/events/[id]': String(one<{ id: number }>('SELECT id FROM events ORDER BY id LIMIT 1').id),
    '/admin/media/[id]': String(one<{ id: number }>('SELECT id FROM media ORDER BY id LIMIT 1').id),
    '/admin/fronts/[key]': 'home',
    '/admin/authors/[id]': String(one<{ id: number }>('SELECT id FROM authors ORDER BY id LIMIT 1').id),
  };
}

/** Every admin page, a concrete path each. */
function adminPaths(): string[] {
  const seeded = seededSegments();
  const paths = adminRoutes().map((route) => concrete(route, seeded));
  expect(paths).toEqual(expect.arrayContaining(['/admin', '/admin/articles', '/admin/audit', '/admin/import', '/admin/tags']));
  return paths;
}

/** What axe finds on the page once it has settled, each line prefixed with the route. */
async function axeFindings(page: Page, route: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  return (await axeViolations(page)).map((violation) => `${route}: ${violation}`);
}

function concrete(route: string, seeded: Record<string, string>): string {
  return route.replace(/\/\[[^\]]+\]/g, (segment, offset: number) => {
    const pattern = route.slice(0, offset) + segment;
    const value = seeded[pattern];
    if (!value) throw new Error(`no seeded value for ${pattern}: add one to seededSegments()`);
    return `/${value}`;
  });
}

test.describe('every newsroom page', () => {
  test('at 1280 px: no axe violations', async ({ page }) => {
    test.setTimeout(180_000);
    await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
    const findings: string[] = [];
    for (const route of adminPaths()) {
      const response = await page.goto(route);
      expect(response?.status(), route).toBeLessThan(400);
      findings.push(...(await axeFindings(page, route)));
    }
    expect(findings).toEqual([]);
  });

  test('at 390 px: no axe violations, none scrolls sideways, and tags are in Vietnamese order', { tag: '@mobile' }, async ({ page }, info) => {
    test.skip(info.project.name !== 'mobile', 'a layout check at 390 px: the mobile project runs it');
    test.setTimeout(180_000);
    await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);

    const widths: { route: string; status: number; scrollWidth: number; unlabelledCells: number }[] = [];
    const findings: string[] = [];
    for (const route of adminPaths()) {
      const response = await page.goto(route);
      await page.waitForLoadState('load');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      // A table stacked as cards names each cell's column (data-label), but for the row's first (its title)
      // and a column without a heading (a link saying what it does).
      const unlabelledCells = await page.evaluate(() =>
        [...document.querySelectorAll('table')].flatMap((table) => {
          const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
          return [...table.querySelectorAll('tbody tr')].flatMap((row) =>
            [...row.children].filter((cell, i) => i > 0 && cell.tagName === 'TD' && headings[i] && cell.textContent?.trim() && !cell.hasAttribute('data-label')),
          );
        }).length,
      );
      widths.push({ route, status: response?.status() ?? 0, scrollWidth, unlabelledCells });
      findings.push(...(await axeFindings(page, route)));
    }
    info.annotations.push({ type: 'scrollWidth at 390 px', description: widths.map((w) => `${w.route} ${w.scrollWidth}`).join(', ') });
    // Every page answered (sign-in and setup send a signed-in admin on), and none is wider than the phone.
    expect(widths.filter((w) => w.status >= 400)).toEqual([]);
    expect(widths.filter((w) => w.scrollWidth > 390)).toEqual([]);
    expect(widths.filter((w) => w.unlabelledCells > 0)).toEqual([]);
    expect(findings).toEqual([]);

    // Tags page: Vietnamese alphabetical order ("Bài mẫu" before "Biến đổi khí hậu", Đ after D), not code-point order.
    await page.goto('/admin/tags');
    const names = await page.getByRole('region', { name: /^Thẻ / }).evaluateAll((regions) => regions.map((r) => r.getAttribute('aria-label')!.slice(4)));
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi', { numeric: true }).compare));
    expect(names).toEqual(expect.arrayContaining(['Bài mẫu', 'Biến đổi khí hậu']));
    expect(names.indexOf('Bài mẫu')).toBeLessThan(names.indexOf('Biến đổi khí hậu'));
  });
});
