import 'server-only';
import { notFound } from 'next/navigation';
import type { Action } from '@/lib/domain/capabilities';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { getArticleResource } from '@/lib/data/articles/editable';

/** The article id from the URL, after the signed-in user's right to `action` on it is checked. */
export async function loadArticleFor(params: Promise<{ id: string }>, action: Action) {
  const id = Number((await params).id);
  const resource = Number.isSafeInteger(id) && id > 0 ? getArticleResource(id) : null;
  if (!resource) {
    // Only staff learn whether an id exists.
    await requireCapabilityPage('article:create');
    notFound();
  }
  const user = await requireCapabilityPage(action, resource);
  return { id, user, resource };
}
