import 'server-only';
import { and, eq, gt, like, or } from 'drizzle-orm';
import { db } from '@/db';
import { loginThrottles } from '@/db/schema';
import {
  EMPTY_THROTTLE,
  accountThrottleKey,
  deviceThrottleKey,
  registerAttempt,
  withdrawAttempt,
  type ThrottleRule,
  type ThrottleState,
} from '@/lib/domain/throttle-policy';

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

/**
 * Atomically checks every key and counts the attempt against each. Returns the counted states in
 * the keys' order, or null (and nothing counted) when any key is locked.
 */
export function beginLoginAttempt(keys: ThrottleKey[], now = Date.now()): ThrottleState[] | null {
  return db.transaction(
    (tx) => {
      const next = keys.map(({ key, rule }) => registerAttempt(read(tx, key), rule, now));
      if (next.some((state) => state === null)) return null;
      const counted = next as ThrottleState[];
      keys.forEach(({ key }, i) => write(tx, key, counted[i]!));
      return counted;
    },
    { behavior: 'immediate' },
  );
}

/** After a successful sign-in: forgets the failures of the limit it was charged to and withdraws the attempt from the others. */
export function settleLoginSuccess(limitKey: string, others: ThrottleKey[]): void {
  db.transaction(
    (tx) => {
      tx.delete(loginThrottles).where(eq(loginThrottles.key, limitKey)).run();
      for (const { key, rule } of others) write(tx, key, withdrawAttempt(read(tx, key), rule));
    },
    { behavior: 'immediate' },
  );
}

/**
 * Lifts every sign-in limit of an account: the one for unknown devices and each known device's.
 * Returns whether any of them was locked.
 */
export function unlockAccount(user: { id: number; email: string }, now = Date.now()): boolean {
  const ofAccount = or(eq(loginThrottles.key, accountThrottleKey(user.email)), like(loginThrottles.key, `${deviceThrottleKey(user.id, '')}%`));
  return db.transaction(
    (tx) => {
      const locked = tx.select({ key: loginThrottles.key }).from(loginThrottles).where(and(ofAccount, gt(loginThrottles.lockedUntil, new Date(now)))).all();
      tx.delete(loginThrottles).where(ofAccount).run();
      return locked.length > 0;
    },
    { behavior: 'immediate' },
  );
}

/** Until when each address is locked for unknown devices, for the locks still in force. */
export function listAccountLocks(now = Date.now()): Map<string, Date> {
  const prefix = accountThrottleKey('');
  const rows = db
    .select({ key: loginThrottles.key, lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(and(like(loginThrottles.key, `${prefix}%`), gt(loginThrottles.lockedUntil, new Date(now))))
    .all();
  return new Map(rows.map((row) => [row.key.slice(prefix.length), row.lockedUntil!]));
}
