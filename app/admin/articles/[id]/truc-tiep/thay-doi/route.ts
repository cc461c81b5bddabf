import { AuthorizationError, requireCapability } from '@/lib/auth/guard';
import { getArticleResource } from '@/lib/data/articles/editable';
import { getLiveState } from '@/lib/data/live/coverage';
import { liveDeskStamp } from '../desk-stamp';

// GET …/truc-tiep/thay-doi: what an open live desk asks every few seconds, instead of rendering
// itself again: the desk's stamp (desk-stamp.ts), two primary-key reads. The desk re-renders only
// when the stamp differs from the one it was rendered with. Whoever may open the desk, checked here.

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = Number((await params).id);
  const article = Number.isSafeInteger(id) && id > 0 ? getArticleResource(id) : null;
  try {
    // Whether an article exists is for staff who may open a desk to learn.
    await requireCapability('live:draft', article ?? undefined);
  } catch (error) {
    if (error instanceof AuthorizationError) return Response.json({ error: error.message }, { status: error.status, headers: NO_STORE });
    throw error;
  }
  if (!article) return Response.json({ error: 'Không có bài viết này.' }, { status: 404, headers: NO_STORE });
  return Response.json({ stamp: liveDeskStamp(getLiveState(id), article.status) }, { headers: NO_STORE });
}
