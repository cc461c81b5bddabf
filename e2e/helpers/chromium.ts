// Debian's Chromium, for Playwright (e2e, security, durability) and the benchmark (Lighthouse, its
// chart). As root on a closed network it needs these switches.
import fs from 'node:fs';

/** The full browser (apt package chromium): Lighthouse and the benchmark's chart need it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * What the tests drive: Debian's headless build of the same Chromium (apt package
 * chromium-headless-shell, installed by .ci/run) when present. Same engine and version, without
 * the desktop browser's compositing around it: over the same 23 e2e tests it spent 82 CPU-s where
 * the full browser spent 122 (its own share 36 against 84), and on CI's two cores CPU is what the
 * suite waits for. Falls back to the full browser.
 */
export const TEST_CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROMIUM_PATH);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
