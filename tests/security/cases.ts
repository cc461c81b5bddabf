import type { TestInfo } from '@playwright/test';

/** Records a case's counts and figures for the table printed by ./case-table-reporter.ts. */
export function report(info: TestInfo, counts: { tried: number; passed: number }, figures: Record<string, string | number> = {}): void {
  info.annotations.push({ type: 'tried', description: String(counts.tried) }, { type: 'passed', description: String(counts.passed) });
  for (const [name, value] of Object.entries(figures)) info.annotations.push({ type: 'figure', description: `${name} ${value}` });
}

/** Collects failures of a battery so one run reports all of them, not only the first. */
export class Battery {
  tried = 0;
  failures: string[] = [];

  check(ok: boolean, description: string): void {
    this.tried += 1;
    if (!ok) this.failures.push(description);
  }

  get passed(): number {
    return this.tried - this.failures.length;
  }
}
