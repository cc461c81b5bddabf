import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { LITE_CSS } from '@/app/(site)/[section]/[article]/ban-nhe/lite-styles';

// e2e/public/accessibility.spec.ts reruns only axe's colour rules in the dark theme: that is
// enough while the theme changes colours and nothing else (no element shown, hidden or moved).
const root = path.resolve(import.meta.dirname, '../..');
const stylesheets = [
  ...fs
    .readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => fs.readFileSync(path.join(root, 'app', file), 'utf8')),
  // The lite article page inlines its own stylesheet.
  LITE_CSS,
];

/** Every declaration inside a prefers-color-scheme: dark block of the stylesheet. */
function darkDeclarations(css: string): string[] {
  const found: string[] = [];
  postcss.parse(css).walkAtRules('media', (rule) => {
    if (!/prefers-color-scheme:\s*dark/.test(rule.params)) return;
    rule.walkDecls((declaration) => {
      found.push(declaration.prop);
    });
  });
  return found;
}

describe('the dark theme', () => {
  it('sets colour custom properties and the colour scheme only', () => {
    const declarations = stylesheets.flatMap(darkDeclarations);
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.filter((prop) => !prop.startsWith('--') && prop !== 'color-scheme')).toEqual([]);
  });

  it('is told apart from a theme that would move things', () => {
    expect(darkDeclarations('@media (prefers-color-scheme: dark) { :root { --ink: #fff; } .menu { display: none } }')).toEqual(['--ink', 'display']);
  });
});
