import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_BASE_URL } from '../helpers/env';
import { PAGE_TYPES, pathOf } from '../helpers/page-types';

// The HTML the server sends, as the Nu Html Checker (the W3C validator, npm vnu-jar) reads it:
// no errors on any kind of page. The pages are fetched first and checked in one run of the
// checker, since every start of its JVM costs seconds.

const VNU_JAR = path.join(
  path.dirname(require.resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

type VnuMessage = {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
};

/** Runs the checker over the files; resolves to its error messages (it prints JSON on stderr). */
function vnuErrors(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // Exit status 1 means "errors found"; anything without a JSON report is a failure to run.
        try {
          resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
        } catch {
          reject(error ?? new Error(`vnu printed no report: ${stderr}`));
        }
      },
    );
  });
}

test.describe('Nu Html Checker', { tag: '@requests' }, () => {
  const errorsByPage = new Map<string, VnuMessage[]>();
  const statusByPage = new Map<string, number>();

  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-vnu-'));
    const fileOf = new Map<string, string>();
    try {
      for (const [index, pageType] of PAGE_TYPES.entries()) {
        const response = await request.get(await pathOf(pageType, request), { maxRedirects: 0 });
        statusByPage.set(pageType.name, response.status());
        const file = path.join(dir, `${index}.html`);
        fs.writeFileSync(file, await response.body());
        fileOf.set(pageType.name, file);
      }
      const messages = await vnuErrors([...fileOf.values()]);
      for (const [name, file] of fileOf) {
        errorsByPage.set(
          name,
          messages.filter((message) => new URL(message.url).pathname === file),
        );
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await request.dispose();
    }
  });

  for (const pageType of PAGE_TYPES) {
    test(`${pageType.name}: no HTML errors`, () => {
      expect(statusByPage.get(pageType.name), pageType.name).toBe(pageType.status);
      const errors = errorsByPage
        .get(pageType.name)
        ?.map((e) => `line ${e.lastLine}: ${e.message} ${e.extract ?? ''}`.trim());
      expect(errors, pageType.name).toEqual([]);
    });
  }
});
