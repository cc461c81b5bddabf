import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/helpers/chromium';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Bytes over the wire for the page and everything it loaded. */
  transferBytes: number;
  /** The LCP element (its selector) and the LCP's phases in ms: TTFB, load delay and time (an image's), render delay. */
  lcpElement: string;
  lcpPhases: Record<string, number>;
  /** Accessibility, best-practice and SEO audits that did not pass, with Lighthouse's explanation. */
  failedAudits: string[];
};

type AuditDetails = { items?: { items?: { node?: { selector?: string }; phase?: string; timing?: number }[] }[] };

function lcpBreakdown(details: AuditDetails | undefined) {
  const [element, phases] = details?.items ?? [];
  return {
    lcpElement: element?.items?.[0]?.node?.selector ?? '?',
    lcpPhases: Object.fromEntries((phases?.items ?? []).map((row) => [row.phase!, Math.round(row.timing!)])),
  };
}

// Lighthouse starts its own Chromium: headless, with the switches every browser here needs.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

// Lighthouse (about 140 packages) is only the benchmark's: it is kept out of the root install that
// every `npm ci` pays for, in bench/package.json, and installed from its lock on first use.
function lighthouseBin(): string {
  const benchDir = path.join(process.cwd(), 'bench');
  const bin = path.join(benchDir, 'node_modules/.bin/lighthouse');
  if (!fs.existsSync(bin)) {
    const installed = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: benchDir, stdio: 'inherit' });
    if (installed.status !== 0) throw new Error('npm ci in bench/ failed: Lighthouse is not installed');
  }
  return bin;
}

function runOnce(url: string, output: string): LighthouseScores {
  const result = spawnSync(
    lighthouseBin(),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH }, timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed: ${result.stderr.slice(-2000)}`);
  const report = JSON.parse(fs.readFileSync(output, 'utf8'));
  const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
  const audit = (name: string) => Number(report.audits[name]?.numericValue ?? Number.NaN);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
    transferBytes: audit('total-byte-weight'),
    ...lcpBreakdown(report.audits['largest-contentful-paint-element']?.details),
    // An audit may count in two categories (document-title: accessibility and SEO): named once.
    failedAudits: [
      ...new Set(
        Object.values(report.categories as Record<string, { id: string; auditRefs: { id: string; weight: number }[] }>)
          .filter((category) => category.id !== 'performance')
          .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => report.audits[ref.id]))
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${a.id}${a.explanation ? ` (${a.explanation})` : ''}`),
      ),
    ],
  };
}

export type LighthousePages = Record<string, LighthouseScores & { runs: number; lcpRunsMs: number[] }>;

/**
 * Lighthouse mobile (its default) on each page `runs` times, the pages taking turns so a busy
 * moment of the machine hits them alike. Per page: the run with the median LCP, and every run's
 * LCP. Each report stays in `scratch` as lighthouse-<page>-<n>.json.
 */
export function lighthouseMedians(pages: Record<string, string>, runs: number, scratch: string): LighthousePages {
  const all = new Map<string, LighthouseScores[]>(Object.keys(pages).map((page) => [page, []]));
  for (let i = 0; i < runs; i++) {
    for (const [page, url] of Object.entries(pages)) {
      all.get(page)!.push(runOnce(url, path.join(scratch, `lighthouse-${page.replace(/\W+/g, '-')}-${i}.json`)));
    }
  }
  return Object.fromEntries(
    [...all].map(([page, results]) => {
      const lcpRunsMs = results.map((run) => Math.round(run.lcpMs));
      const median = [...results].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(results.length / 2)]!;
      return [page, { ...median, runs, lcpRunsMs }];
    }),
  );
}

/** Markdown rows: each page's LCP element, the median run's LCP phases, and the audits it failed. */
export function lcpBreakdownRows(pages: LighthousePages): string[] {
  return Object.entries(pages).map(
    ([page, r]) =>
      `| ${page}: LCP element; phases (median run); failed audits | \`${r.lcpElement}\`; ${Object.entries(r.lcpPhases).map(([phase, ms]) => `${phase} ${ms} ms`).join(', ')}; ${r.failedAudits.join(', ') || 'none'} | |`,
  );
}

/** Markdown rows: scores, the median run's LCP, CLS and TBT, and every run's LCP. */
export function lighthouseRows(pages: LighthousePages): string[] {
  return Object.entries(pages).map(
    ([page, r]) =>
      `| Lighthouse mobile ${page} (median LCP of ${r.runs}): perf / a11y / best practices / SEO, LCP, CLS, TBT, transfer; LCP of each run | ${r.performance} / ${r.accessibility} / ${r.bestPractices} / ${r.seo}, ${r.lcpMs.toFixed(0)} ms, ${r.cls.toFixed(3)}, ${r.tbtMs.toFixed(0)} ms, ${(r.transferBytes / 1024).toFixed(1)} KB; ${r.lcpRunsMs.join(', ')} ms | ≥ 98 / 100 / 100 / 100, ≤ 1.2 × bare Next LCP, 0 |`,
  );
}
