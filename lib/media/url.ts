/** Public URL of a stored media file (served by app/media). */
export function mediaUrl(storedPath: string): string {
  return `/media/${storedPath.split('/').map(encodeURIComponent).join('/')}`;
}
