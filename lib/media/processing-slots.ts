import pLimit from 'p-limit';
import { MAX_CONCURRENT_PROCESSING } from './limits';

// Each photo being processed holds its decoded pixels; queueing beyond a couple keeps a burst of
// uploads from exhausting memory on a small server.
const processingSlots = pLimit(MAX_CONCURRENT_PROCESSING);

/** Runs the job when a processing slot is free. */
export function withProcessingSlot<T>(job: () => Promise<T>): Promise<T> {
  return processingSlots(job);
}
