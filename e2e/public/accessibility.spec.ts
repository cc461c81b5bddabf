import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { PAGE_TYPES, pathOf } from '../helpers/page-types';

// Every kind of page as axe-core sees it once rendered and hydrated, on a phone (390 px) and on a
// desktop (1280 px): no violations of any rule axe runs by default (WCAG 2.x A/AA and best
// practices); then in the dark theme (readers' pages follow prefers-color-scheme), switched on the
// loaded page as a reader's system would switch it, none of the rules about colour. The dark theme
// changes colours only (tests/ui/dark-theme.test.ts), so the other rules would see the same page.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('axe-core, light and dark theme', { tag: '@mobile' }, () => {
  // Read-only checks of the seed, seconds of axe each (the heaviest file of the suite): spread over
  // whichever workers are free rather than run one after the other in one at the end of the run.
  test.describe.configure({ mode: 'parallel' });
  for (const pageType of PAGE_TYPES) {
    test(`${pageType.name}: no violations`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(await pathOf(pageType, request));
      expect(response?.status(), pageType.name).toBe(pageType.status);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), `${pageType.name}, light`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, COLOUR_RULES), `${pageType.name}, dark`).toEqual([]);
    });
  }
});
