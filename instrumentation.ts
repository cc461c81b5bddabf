import type { Instrumentation } from 'next';

// Every uncaught error of a page, route handler, Server Action or proxy becomes one JSON log
// line with its digest (the code the error page shows) and a request id to correlate with.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { log, requestIdFrom } = await import('./lib/log');
  log(
    'error',
    'request failed',
    {
      requestId: requestIdFrom(request.headers),
      method: request.method,
      // The path only: query strings can carry tokens.
      path: request.path.split('?')[0],
      routerKind: context.routerKind,
      routePath: context.routePath,
      routeType: context.routeType,
    },
    error,
  );
};

// Scheduled publishing: catch up at start, then check every 15 s (Node server only, not Edge or build).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { dropDuplicateSingleValuedHeaders } = await import('./lib/http/single-location');
  dropDuplicateSingleValuedHeaders();
  const { startScheduler } = await import('./lib/schedule/start-scheduler');
  startScheduler();
}
