/** Why a revision of an article was kept. */
export const REVISION_REASONS = ['autosave', 'save', 'submit', 'publish', 'update', 'restore'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];
