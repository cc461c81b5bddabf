/** What a byline credits: the text, the photos, both, or the source it was taken from. */
export const BYLINE_ROLES = ['writer', 'photographer', 'writer_photographer', 'source'] as const;
export type BylineRole = (typeof BYLINE_ROLES)[number];
