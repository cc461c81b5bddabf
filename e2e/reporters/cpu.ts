import fs from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { e2eServer } from '../helpers/env';
import { readProcesses, rootsWithEnvironment, treeSeconds } from './process-cpu';

// `E2E_CPU_REPORT=FILE npm run test:e2e`: what each test cost in CPU seconds, exactly, even with
// workers side by side. A test is charged with what its worker's process tree (the Playwright
// worker and the Chromium it drives) and its own server's tree used between its start and end;
// every worker has a server of its own (e2e/helpers/env.ts). The suite is bound by CPU on two
// cores, so these, not wall times, say which tests make it long. Writes FILE (JSON, one row a test)
// and prints the files and tests that cost most.

type Row = {
  file: string;
  test: string;
  project: string;
  workerSeconds: number;
  serverSeconds: number;
  wallSeconds: number;
};

function spentBy(workerIndex: number) {
  const processes = readProcesses();
  return {
    worker: treeSeconds(
      processes,
      rootsWithEnvironment(processes, `TEST_PARALLEL_INDEX=${workerIndex}`),
    ),
    server: treeSeconds(
      processes,
      rootsWithEnvironment(processes, `E2E_DIR=${e2eServer(workerIndex).dir}`),
    ),
  };
}

export default class CpuReporter implements Reporter {
  private readonly started = new Map<string, ReturnType<typeof spentBy>>();
  private readonly rows: Row[] = [];

  onTestBegin(test: TestCase, result: TestResult) {
    this.started.set(`${test.id}#${result.retry}`, spentBy(result.parallelIndex));
  }

  onTestEnd(test: TestCase, result: TestResult) {
    const before = this.started.get(`${test.id}#${result.retry}`);
    if (!before) return;
    const after = spentBy(result.parallelIndex);
    this.rows.push({
      file: path.relative(process.cwd(), test.location.file),
      test: test.title,
      project: test.parent.project()?.name ?? '',
      workerSeconds: after.worker - before.worker,
      serverSeconds: after.server - before.server,
      wallSeconds: result.duration / 1000,
    });
  }

  onEnd(_result: FullResult) {
    const file = process.env.E2E_CPU_REPORT;
    if (!file) return;
    fs.writeFileSync(file, JSON.stringify(this.rows, null, 1));
    const cpu = (row: Row) => row.workerSeconds + row.serverSeconds;
    const byFile = new Map<string, number>();
    for (const row of this.rows) byFile.set(row.file, (byFile.get(row.file) ?? 0) + cpu(row));
    const total = this.rows.reduce((sum, row) => sum + cpu(row), 0);
    const lines = [
      `CPU charged to ${this.rows.length} tests: ${total.toFixed(0)} s (rows in ${file})`,
      'costliest files:',
    ];
    for (const [name, seconds] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10))
      lines.push(`  ${seconds.toFixed(0).padStart(5)} s  ${name}`);
    lines.push('costliest tests:');
    for (const row of [...this.rows].sort((a, b) => cpu(b) - cpu(a)).slice(0, 10)) {
      lines.push(
        `  ${cpu(row).toFixed(1).padStart(5)} s  [${row.project}] ${row.file} › ${row.test}`,
      );
    }
    console.log(lines.join('\n'));
  }

  printsToStdio() {
    return false;
  }
}
