import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, pathOf } from '../helpers/page-types';

// Every kind of page as axe-core sees it once rendered and hydrated, on a phone (390 px) and on a
// desktop (1280 px), in the light and the dark theme (readers' pages follow prefers-color-scheme):
// no violations of any rule axe runs by default (WCAG 2.x A/AA and best practices).

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} theme`, { tag: '@mobile' }, () => {
    test.use({ colorScheme });

    for (const pageType of PAGE_TYPES) {
      test(`${pageType.name}: no violations`, async ({ page, request }) => {
        const response = await page.goto(await pathOf(pageType, request));
        expect(response?.status(), pageType.name).toBe(pageType.status);
        await page.waitForLoadState('networkidle');
        const { violations } = await new AxeBuilder({ page }).analyze();
        const found = violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(found, pageType.name).toEqual([]);
      });
    }
  });
}
