/** A live post is either on the page, or a reporter's draft waiting for an editor to approve it. */
export const LIVE_POST_STATUSES = ['published', 'draft'] as const;
export type LivePostStatus = (typeof LIVE_POST_STATUSES)[number];
