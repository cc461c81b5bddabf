import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

// axe-core's minified build, read once per worker. @axe-core/playwright evaluated its own copy
// (1.5 MB, unminified) twice per check, once more for the dark theme's: that was most of an
// accessibility test's CPU.
const AXE_SOURCE = fs.readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * What axe-core finds wrong on the page as it stands (every rule axe runs by default, or only
 * `rules`), one line per violated rule with the nodes it names.
 *
 * axe goes into the page once per document and runs there, detailing only violations, not every
 * node that passed. Our pages load no cross-origin frame, which this would not reach.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) };
  const { violations } = await page.evaluate((options) => window.axe!.run(document, options), options);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
