import { expect, test } from '@playwright/test';
import { signInContext } from '../helpers/auth';
import { E2E_OWNER } from '../helpers/env';

// One Pagination component (app/ui/pagination.tsx) serves every list; each list gives it the URL
// of page n, so a page change keeps the list's filters.
test('the article list pages with ?trang=N and keeps its filter', async ({ page }) => {
  await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
  // The seed publishes 21 articles: two pages of 20.
  await page.goto('/admin/articles?trang-thai=published');
  const pagination = page.getByRole('navigation', { name: 'Phân trang' });
  await expect(pagination.getByText(/^Trang 1\/\d+$/)).toBeVisible();
  await expect(pagination.getByRole('link', { name: '‹ Trang trước' })).toHaveCount(0);

  await pagination.getByRole('link', { name: 'Trang sau ›' }).click();
  await expect(page).toHaveURL(/trang-thai=published/);
  await expect(page).toHaveURL(/trang=2/);
  await expect(pagination.getByText(/^Trang 2\/\d+$/)).toBeVisible();

  await pagination.getByRole('link', { name: '‹ Trang trước' }).click();
  await expect(pagination.getByText(/^Trang 1\/\d+$/)).toBeVisible();
  await expect(page).toHaveURL(/trang-thai=published/);
});
