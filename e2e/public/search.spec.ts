import { expect, test } from '@playwright/test';
import { SEED_ARTICLE } from '../helpers/seed-article';

const results = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Kết quả tìm kiếm' });

test.describe('search', () => {
  test('the header box finds the seed article typed without diacritics, words marked as printed', { tag: '@mobile' }, async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Tìm kiếm' });
    await box.fill('tong cuc cong nghiep');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\?q=tong\+cuc\+cong\+nghiep/);

    const heading = results(page).getByRole('heading', { level: 2, name: SEED_ARTICLE.title });
    await expect(heading).toBeVisible();
    await expect(heading.locator('mark')).toHaveText(['Tổng cục Công nghiệp', 'công']);
    await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('tong cuc cong nghiep');
    await heading.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.title })).toBeVisible();
  });

  test('a byline finds its article; the page is kept out of search engines', async ({ page }) => {
    const response = await page.goto('/tim-kiem?q=tran+anh+minh');
    expect(response?.status()).toBe(200);
    await expect(results(page).getByRole('heading', { level: 2 }).first()).toHaveText(SEED_ARTICLE.title);
    await expect(results(page).locator('mark').filter({ hasText: 'TRẦN ANH MINH' }).first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('filters by section and date range', async ({ page }) => {
    await page.goto('/tim-kiem?q=quoc+phong');
    const form = page.getByRole('search', { name: 'Tìm kiếm bài viết' });
    await form.getByLabel('Chuyên mục').selectOption({ label: `— ${SEED_ARTICLE.subsection}` });
    await form.getByLabel('Từ ngày').fill('2023-07-01');
    await form.getByLabel('Đến ngày').fill('2023-07-31');
    await form.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(page).toHaveURL(/chuyen-muc=cong-nghiep-quoc-phong/);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText([SEED_ARTICLE.title]);

    await form.getByLabel('Từ ngày').fill('2024-01-01');
    await form.getByLabel('Đến ngày').fill('2024-12-31');
    await form.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(page.getByRole('status')).toContainText('Không tìm thấy bài viết nào');
  });

  test('pages through results with ?trang=N, newest first', async ({ page }) => {
    const first = await page.goto('/tim-kiem?q=c%C3%A1c&sap-xep=moi-nhat');
    expect(first?.status()).toBe(200);
    const titles = await results(page).getByRole('heading', { level: 2 }).allTextContents();
    expect(titles).toHaveLength(12);
    await page.getByRole('link', { name: 'Trang sau ›' }).click();
    await expect(page).toHaveURL(/trang=2/);
    await expect(page.getByText(/^Trang 2\/\d+$/)).toBeVisible();
    const second = await results(page).getByRole('heading', { level: 2 }).allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => titles.includes(t))).toEqual([]);
  });

  test('explains empty, symbol-only and over-long queries', async ({ page }) => {
    await page.goto('/tim-kiem');
    await expect(page.getByRole('status')).toContainText('Nhập từ khóa');
    await page.goto('/tim-kiem?q=%22%22%20***');
    await expect(page.getByRole('status')).toContainText('ít nhất một chữ cái');
    await page.goto(`/tim-kiem?q=${'a'.repeat(10_240)}`);
    await expect(page.getByRole('status')).toContainText('Từ khóa quá dài');
  });

  const hostile = [
    '"',
    'quoc"phong',
    'quoc*',
    'NEAR(quoc phong',
    '-quoc',
    'title:quoc',
    'quoc OR phong',
    '((quoc',
    "'; DROP TABLE articles; --",
    '1 UNION SELECT password_hash FROM users',
    ' \t ',
    '%',
  ];
  for (const q of hostile) {
    test(`hostile query ${JSON.stringify(q)} renders a normal page`, { tag: '@requests' }, async ({ request }) => {
      const response = await request.get(`/tim-kiem?q=${encodeURIComponent(q)}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).not.toMatch(/SqliteError|fts5|syntax error|Application error|gián đoạn/i);
    });
  }

  test('invalid UTF-8 and encoded surrogates in the URL render a normal page', { tag: '@requests' }, async ({ request }) => {
    for (const raw of ['%FF%FE%FD', '%ED%A0%80quoc', '%C3', 'qu%00oc']) {
      const response = await request.get(`/tim-kiem?q=${raw}`);
      expect(response.status()).toBe(200);
      expect(await response.text()).not.toMatch(/SqliteError|fts5|Application error|gián đoạn/i);
    }
  });
});
