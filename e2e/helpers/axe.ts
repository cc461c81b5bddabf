import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe-core finds wrong on the page as it stands (every rule axe runs by default, or only
 * `rules`), one line per violated rule with the nodes it names.
 *
 * The same rules on the same page, cheaper than AxeBuilder's default: axe runs in the page itself
 * (legacy mode) instead of finishing in a second, blank page it loads axe into again, and details
 * only violations, not every node that passed. Our pages load no cross-origin frame, the one case
 * legacy mode does not reach.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? axe.withRules(rules) : axe).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
