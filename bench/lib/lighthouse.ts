import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/helpers/chromium';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Bytes over the wire for the page and everything it loaded. */
  transferBytes: number;
};

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
    [url, '--quiet', '--output=json', `--output-path=${output}`, '--only-categories=performance,accessibility,seo', `--chrome-flags=${CHROME_FLAGS}`],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH }, timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed: ${result.stderr.slice(-2000)}`);
  const report = JSON.parse(fs.readFileSync(output, 'utf8'));
  const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
  const audit = (name: string) => Number(report.audits[name]?.numericValue ?? Number.NaN);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    seo: score('seo'),
    lcpMs: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
    transferBytes: audit('total-byte-weight'),
  };
}

/** Lighthouse mobile (its default), `runs` times; the run with the median performance score. */
export function lighthouseMedian(url: string, runs: number, scratch: string): LighthouseScores & { runs: number } {
  const results = Array.from({ length: runs }, (_, i) => runOnce(url, path.join(scratch, `lighthouse-${i}.json`)));
  results.sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  return { ...results[Math.floor(results.length / 2)]!, runs };
}
