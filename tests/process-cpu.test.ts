import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { readProcesses, rootsWithEnvironment, treeSeconds } from '../e2e/reporters/process-cpu';

// The e2e CPU reporter charges a test with its worker's and server's process trees. What it must
// count: a process found by an environment entry it inherited, and the CPU of its children that
// have already exited (Chromium closes a test's renderers before the test ends).
// Spins until it has had half a second of CPU (not of wall time: the cores may be shared).
const BUSY_HALF_SECOND =
  'const start = process.cpuUsage(); for (let used = 0; used < 500_000; ) { const u = process.cpuUsage(start); used = u.user + u.system; }';

describe('process tree CPU', () => {
  it('finds the tree by its environment and counts a child that has exited', async () => {
    const mark = `CPU_TEST_MARK=${process.pid}-${Date.now()}`;
    // The parent spins, runs a child that spins and exits, then says so and waits to be killed.
    const script = `${BUSY_HALF_SECOND}
      require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(BUSY_HALF_SECOND)}]);
      console.log('done'); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', script], {
      env: { ...process.env, [mark.split('=')[0]!]: mark.split('=')[1] },
    });
    try {
      await once(parent.stdout, 'data');
      const processes = readProcesses();
      const roots = rootsWithEnvironment(processes, mark);
      expect(roots).toEqual([parent.pid]);
      // Half a second each, measured in 10 ms ticks: the exited child's share is in the sum.
      expect(treeSeconds(processes, roots)).toBeGreaterThanOrEqual(0.95);
      expect(rootsWithEnvironment(processes, `${mark}-other`)).toEqual([]);
    } finally {
      parent.kill();
    }
  });
});
