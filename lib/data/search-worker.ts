// The search thread's entry (./search-thread.ts): its own connection to the database file, which
// WAL lets read while the main thread writes, and the same search code as the main thread.
import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { db } from '@/db';
import { searchArticles, type SearchInput } from './search';
import type { SearchReply } from './search-thread';

/** How much nicer than the main thread searches run: the kernel runs a reader's page first when both wait for a core. */
const NICER_THAN_MAIN = 10;

// On Linux nice is per thread (a new thread starts at its creator's), and /proc/thread-self names
// this thread's id: renicing it leaves the main thread, which serves cached pages, as it was.
function lowerThisThreadsPriority(): void {
  try {
    const thread = Number(path.basename(fs.readlinkSync('/proc/thread-self')));
    os.setPriority(thread, Math.min(19, os.getPriority(thread) + NICER_THAN_MAIN));
  } catch {
    // Not Linux (no /proc/thread-self): the thread keeps the process's priority.
  }
}

db.$client.pragma('query_only = ON');
lowerThisThreadsPriority();
const port = parentPort!;
port.on('message', (input: SearchInput) => {
  let reply: SearchReply;
  try {
    reply = { ok: true, results: searchArticles(input) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, error: { name, message, stack } };
  }
  port.postMessage(reply);
});
