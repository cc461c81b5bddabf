import { getDatabaseHealth } from '@/lib/data/health';
import { log } from '@/lib/log';

// For load balancers and uptime checks: 200 when the database answers and its schema is current,
// 503 otherwise. Says nothing else (no paths, versions or settings).
export const dynamic = 'force-dynamic';

export function GET(): Response {
  const database = getDatabaseHealth();
  const ok = database.ok && database.migrationsPending === 0;
  if (!ok) log('warn', 'health check failed', { database });
  return Response.json(
    { status: ok ? 'ok' : 'error', database: database.ok ? 'ok' : 'error', migrations: database.migrationsPending === 0 ? 'current' : 'pending' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
