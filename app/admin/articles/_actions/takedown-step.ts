import 'server-only';
import { after } from 'next/server';
import { listArticlePublicPaths } from '@/lib/articles/public-paths';
import { refreshProxyCache } from '@/lib/http/proxy-refresh';
import type { statusStep } from './status-step';

type Step = ReturnType<typeof statusStep>;

/**
 * A step that takes an article off the public site (unpublish, delete), then has the shared
 * cache in front (nginx) refresh every page that showed it, once the action's tags have expired.
 */
export function takedownStep(step: Step): Step {
  return (ctx) => {
    // Read first: a delete removes the rows the paths come from.
    const paths = listArticlePublicPaths([ctx.id]);
    const result = step(ctx);
    if (result.ok) after(() => refreshProxyCache(paths));
    return result;
  };
}
