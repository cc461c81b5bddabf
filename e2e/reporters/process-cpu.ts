import fs from 'node:fs';

// CPU seconds of process trees, read from /proc (Linux). Used by the e2e CPU reporter, which
// charges each test with what its worker (Playwright and its Chromium) and its server spent.

/** Linux's clock ticks per second for /proc/PID/stat times (USER_HZ, 100 on every Linux ABI). */
const TICKS_PER_SECOND = 100;

type ProcessTimes = { parent: number; seconds: number };

/**
 * Every live process: its parent, and the CPU it used plus what its exited children used (the
 * kernel adds a child's times to its parent's when the parent reaps it). So a tree's sum keeps
 * the CPU of a renderer Chromium has already closed.
 */
export function readProcesses(): Map<number, ProcessTimes> {
  const processes = new Map<number, ProcessTimes>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [user, system, childrenUser, childrenSystem] = [11, 12, 13, 14].map((index) =>
      Number(fields[index]),
    );
    processes.set(Number(entry), {
      parent: Number(fields[1]),
      seconds: (user! + system! + childrenUser! + childrenSystem!) / TICKS_PER_SECOND,
    });
  }
  return processes;
}

/** CPU seconds of `roots` and all their descendants. */
export function treeSeconds(processes: Map<number, ProcessTimes>, roots: number[]): number {
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of processes)
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const pending = [...roots];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += processes.get(pid)?.seconds ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function environment(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return '';
  }
}

/** The topmost processes whose environment holds `entry` (NAME=value): the roots of the tree that inherited it. */
export function rootsWithEnvironment(
  processes: Map<number, ProcessTimes>,
  entry: string,
): number[] {
  const holds = (pid: number) => environment(pid).split('\0').includes(entry);
  return [...processes.keys()].filter((pid) => holds(pid) && !holds(processes.get(pid)!.parent));
}
