import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { loginThrottles } from '@/db/schema';
import {
  EMPTY_THROTTLE,
  registerAttempt,
  withdrawAttempt,
  type ThrottleRule,
  type ThrottleState,
} from '@/lib/auth/throttle-policy';

export type ThrottleKey = { key: string; rule: ThrottleRule };

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

function read(tx: Tx, key: string): ThrottleState {
  const row = tx.select().from(loginThrottles).where(eq(loginThrottles.key, key)).get();
  if (!row) return EMPTY_THROTTLE;
  return {
    failures: row.failures,
    lockedUntil: row.lockedUntil?.getTime() ?? null,
    lastFailureAt: row.lastFailureAt?.getTime() ?? null,
  };
}

function write(tx: Tx, key: string, state: ThrottleState): void {
  const values = {
    failures: state.failures,
    lockedUntil: state.lockedUntil === null ? null : new Date(state.lockedUntil),
    lastFailureAt: state.lastFailureAt === null ? null : new Date(state.lastFailureAt),
  };
  tx.insert(loginThrottles).values({ key, ...values }).onConflictDoUpdate({ target: loginThrottles.key, set: values }).run();
}

/** Atomically checks every key and counts the attempt against each; false (and nothing counted) when any is locked. */
export function beginLoginAttempt(keys: ThrottleKey[], now = Date.now()): boolean {
  return db.transaction(
    (tx) => {
      const next = keys.map(({ key, rule }) => ({ key, state: registerAttempt(read(tx, key), rule, now) }));
      if (next.some((entry) => entry.state === null)) return false;
      for (const { key, state } of next) if (state) write(tx, key, state);
      return true;
    },
    { behavior: 'immediate' },
  );
}

/** After a successful sign-in: forgets the account's failures and withdraws the attempt from the others. */
export function settleLoginSuccess(accountKey: string, others: ThrottleKey[]): void {
  db.transaction(
    (tx) => {
      tx.delete(loginThrottles).where(eq(loginThrottles.key, accountKey)).run();
      for (const { key, rule } of others) write(tx, key, withdrawAttempt(read(tx, key), rule));
    },
    { behavior: 'immediate' },
  );
}
