// A front's key ('home', 'section:{id}') is its URL segment in the newsroom, percent-encoded.

/** The editor's address for a front. */
export const frontEditorHref = (key: string) => `/admin/fronts/${encodeURIComponent(key)}`;

/** The preview of a front's draft (or of one published version) at a reader's width. */
export function frontPreviewHref(key: string, options: { revisionId?: number; refresh?: number } = {}): string {
  const query = new URLSearchParams();
  if (options.revisionId) query.set('phien-ban', String(options.revisionId));
  if (options.refresh !== undefined) query.set('lan', String(options.refresh));
  const search = query.toString();
  return `${frontEditorHref(key)}/preview${search ? `?${search}` : ''}`;
}

/** The key a URL segment names (Next hands segments over still encoded). */
export function frontKeyFromSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
