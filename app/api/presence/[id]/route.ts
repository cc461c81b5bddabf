import { z } from 'zod';
import { AuthorizationError, assertSameOrigin, requireCapability } from '@/lib/auth/guard';
import { getArticleResource } from '@/lib/data/articles/editable';
import { leaveArticle, recordPresence, takeOverArticle } from '@/lib/data/articles/presence';

// The editor's heartbeat (lib/data/articles/presence.ts). POST { clientId, takeOver? } every few
// seconds answers who else has the article open and whether this tab was taken over; DELETE
// { clientId } when the tab closes. Anyone who may read the article in the newsroom, from this site only.

const NO_STORE = { 'Cache-Control': 'private, no-store' };
const bodySchema = z.object({ clientId: z.uuid(), takeOver: z.boolean().optional() });

type Context = { params: Promise<{ id: string }> };

async function authorise(request: Request, { params }: Context) {
  const id = z.coerce.number().int().positive().safeParse((await params).id);
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  await assertSameOrigin();
  const article = id.success ? getArticleResource(id.data) : null;
  // Whether an article exists is for staff who may read it to learn.
  const user = await requireCapability('article:read', article ?? undefined);
  if (!article || !id.success || !body.success) return null;
  return { articleId: id.data, userId: user.id, ...body.data };
}

async function answer(request: Request, context: Context, act: (visit: NonNullable<Awaited<ReturnType<typeof authorise>>>) => Response) {
  try {
    const visit = await authorise(request, context);
    if (!visit) return Response.json({ error: 'Yêu cầu không hợp lệ.' }, { status: 400, headers: NO_STORE });
    return act(visit);
  } catch (error) {
    if (error instanceof AuthorizationError) return Response.json({ error: error.message }, { status: error.status, headers: NO_STORE });
    throw error;
  }
}

export function POST(request: Request, context: Context): Promise<Response> {
  return answer(request, context, (visit) =>
    Response.json(visit.takeOver ? takeOverArticle(visit) : recordPresence(visit), { headers: NO_STORE }),
  );
}

export function DELETE(request: Request, context: Context): Promise<Response> {
  return answer(request, context, (visit) => {
    leaveArticle(visit);
    return new Response(null, { status: 204, headers: NO_STORE });
  });
}
