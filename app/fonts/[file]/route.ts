import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NOTO_SERIF_FILES } from '@/lib/fonts/noto-serif';

// Public font files, copied from the installed @fontsource package at build time (the route is
// prerendered for each file and nothing else); nothing here is personal, so no guard.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return NOTO_SERIF_FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!NOTO_SERIF_FILES.includes(file)) return new Response('Không tìm thấy.', { status: 404 });
  const body = await readFile(path.join(process.cwd(), 'node_modules/@fontsource/noto-serif/files', file));
  // The URL carries the package version (lib/fonts/noto-serif.ts): a new file gets a new URL.
  return new Response(body, {
    headers: { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
