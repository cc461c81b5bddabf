import { createClient } from 'redis';
import { SCALED } from './scaled-env';

// The Redis test (scaled.spec.ts) replaces the config's Redis with one that outlives its worker,
// so that a retry finds one: whichever answers on the suite's port is stopped here, at the end.
export default async function stopRedis(): Promise<void> {
  const redis = createClient({ url: `redis://127.0.0.1:${SCALED.redisPort}`, socket: { reconnectStrategy: false, connectTimeout: 1_000 } });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.sendCommand(['SHUTDOWN', 'NOSAVE']);
  } catch {
    // None left, or it went away on SHUTDOWN, as it should.
  } finally {
    if (redis.isOpen) redis.destroy();
  }
}
