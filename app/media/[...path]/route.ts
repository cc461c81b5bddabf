import fs from 'node:fs';
import { Readable } from 'node:stream';
import { env } from '@/lib/env';
import { contentTypeOf, resolveStoredPath } from '@/lib/media/stored-path';

// Stored photos and their variants. Names are random and never reused, so a file never changes
// under its URL: browsers and CDNs may keep it for a year without asking again.

const SHARED_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Even if a file were ever mistaken for a document, it could run nothing and load nothing.
  'Content-Security-Policy': "default-src 'none'; sandbox",
};

function notFound(): Response {
  return new Response('Không tìm thấy ảnh.', {
    status: 404,
    headers: { ...SHARED_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const stored = (await params).path.join('/');
  const file = resolveStoredPath(env.MEDIA_DIR, stored);
  const contentType = contentTypeOf(stored);
  if (!file || !contentType) return notFound();

  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    return notFound();
  }
  if (!stat.isFile()) return notFound();

  const etag = `"${stat.size.toString(16)}-${Math.trunc(stat.mtimeMs).toString(16)}"`;
  const headers = {
    ...SHARED_HEADERS,
    'Content-Type': contentType,
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'Last-Modified': stat.mtime.toUTCString(),
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { ...headers, 'Content-Length': String(stat.size) } });
}
