import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

// Prints one row per numbered case: how many inputs it tried, how many behaved, its figures.
// Tests report those through annotations (see ./cases.ts); Playwright's exit code still fails the run.

type Row = { title: string; status: string; tried: string; passed: string; figures: string[] };

export default class CaseTableReporter implements Reporter {
  private rows = new Map<string, Row>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const note = (type: string) => result.annotations.filter((a) => a.type === type).map((a) => a.description ?? '');
    this.rows.set(test.id, {
      title: test.title,
      status: result.status === 'passed' ? 'PASS' : result.status.toUpperCase(),
      tried: note('tried').at(-1) ?? '–',
      passed: result.status === 'passed' ? (note('passed').at(-1) ?? note('tried').at(-1) ?? '–') : (note('passed').at(-1) ?? '0'),
      figures: note('figure'),
    });
  }

  onEnd(result: FullResult): void {
    const rows = [...this.rows.values()].sort((a, b) => a.title.localeCompare(b.title, 'en', { numeric: true }));
    const width = Math.max(20, ...rows.map((r) => r.title.length));
    const line = (cells: string[]) => `| ${cells[0]!.padEnd(width)} | ${cells[1]!.padEnd(6)} | ${cells[2]!.padStart(6)} | ${cells[3]!.padStart(6)} | ${cells[4]}`;
    const out = ['', line(['case', 'result', 'tried', 'passed', 'figures']), line(['-'.repeat(width), '------', '------', '------', '-------'])];
    for (const row of rows) out.push(line([row.title, row.status, row.tried, row.passed, row.figures.join('; ')]));
    const failed = rows.filter((r) => r.status !== 'PASS').length;
    out.push('', `${rows.length - failed}/${rows.length} cases passed (${result.status}).`, '');
    process.stdout.write(`${out.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
