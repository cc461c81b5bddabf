import { env } from '@/lib/env';
import { photoNotFound, serveStoredFile } from '@/lib/media/serve-file';
import { contentTypeOf, resolveStoredPath } from '@/lib/media/stored-path';

/** Stored photos and their responsive variants (lib/media/serve-file.ts says how they are cached). */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const stored = (await params).path.join('/');
  const file = resolveStoredPath(env.MEDIA_DIR, stored);
  const contentType = contentTypeOf(stored);
  if (!file || !contentType) return photoNotFound();
  return serveStoredFile(request, file, contentType);
}
