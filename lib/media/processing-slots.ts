import { MAX_CONCURRENT_PROCESSING } from './limits';

// Each photo being processed holds its decoded pixels; queueing beyond a couple keeps a burst of
// uploads from exhausting memory on a small server.
let running = 0;
const waiting: (() => void)[] = [];

/** Runs the job when a processing slot is free. */
export async function withProcessingSlot<T>(job: () => Promise<T>): Promise<T> {
  if (running < MAX_CONCURRENT_PROCESSING) running += 1;
  // A finishing job hands its slot straight to the next in line, so `running` never overshoots.
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await job();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
