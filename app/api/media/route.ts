import { z } from 'zod';
import { AuthorizationError, requireCapability } from '@/lib/auth/guard';
import { listMedia, listMediaByIds } from '@/lib/data/media';

// GET ?q=<text>&trang=<page>: the library for the editor's photo picker, newest first.
// Answers { items: MediaItem[], total, page, pageSize } to any signed-in staff member.
// GET ?ids=3,7: just those photos (previews of figures already in a body), as { items }.

const PAGE_SIZE = 24;
const querySchema = z.object({
  q: z.string().max(200).default(''),
  trang: z.coerce.number().int().min(1).max(10_000).catch(1),
});
const idsSchema = z
  .string()
  .regex(/^\d{1,10}(,\d{1,10}){0,99}$/)
  .transform((list) => [...new Set(list.split(',').map(Number))]);

export async function GET(request: Request): Promise<Response> {
  const headers = { 'Cache-Control': 'private, no-store' };
  try {
    await requireCapability('media:upload');
  } catch (error) {
    if (error instanceof AuthorizationError) return Response.json({ error: error.message }, { status: error.status, headers });
    throw error;
  }
  const params = new URL(request.url).searchParams;
  const ids = params.get('ids');
  if (ids !== null) {
    const parsedIds = idsSchema.safeParse(ids);
    if (!parsedIds.success) return Response.json({ error: 'Danh sách ảnh không hợp lệ.' }, { status: 400, headers });
    return Response.json({ items: listMediaByIds(parsedIds.data) }, { headers });
  }
  const parsed = querySchema.safeParse({ q: params.get('q') ?? undefined, trang: params.get('trang') ?? undefined });
  if (!parsed.success) return Response.json({ error: 'Từ khóa tìm kiếm quá dài.' }, { status: 400, headers });
  const { items, total } = listMedia({ query: parsed.data.q, page: parsed.data.trang, pageSize: PAGE_SIZE });
  return Response.json({ items, total, page: parsed.data.trang, pageSize: PAGE_SIZE }, { headers });
}
