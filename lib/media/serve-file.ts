import 'server-only';
import fs from 'node:fs';
import { Readable } from 'node:stream';

// Stored photos, variants and crops. Names are random and never reused, so a file never changes
// under its URL: browsers and CDNs may keep it for a year without asking again.

const SHARED_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Even if a file were ever mistaken for a document, it could run nothing and load nothing.
  'Content-Security-Policy': "default-src 'none'; sandbox",
};

/** The 404 for a photo URL that names nothing we store. */
export function photoNotFound(): Response {
  return new Response('Không tìm thấy ảnh.', {
    status: 404,
    headers: { ...SHARED_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** Streams a stored file with a year of immutable caching and a strong ETag (304 when it matches); 404 when it is missing. */
export async function serveStoredFile(request: Request, file: string, contentType: string): Promise<Response> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    return photoNotFound();
  }
  if (!stat.isFile()) return photoNotFound();

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
