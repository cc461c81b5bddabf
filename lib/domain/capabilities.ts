import type { ArticleStatus } from '@/lib/domain/article-status';
import type { UserRole } from '@/lib/domain/staff-roles';

// The one capability table. Every admin page, Server Action and route handler asks `can`
// (through the guards in ./guard.ts); nothing else decides who may do what.

export const ACTIONS = [
  'article:create',
  'article:read',
  'article:edit',
  'article:submit',
  'article:withdraw',
  'article:publish',
  'article:unpublish',
  'article:schedule',
  'article:delete',
  'article:correct',
  'breaking:manage',
  'event:manage',
  'front:edit',
  'front:publish',
  'live:draft',
  'live:post',
  'live:manage',
  'media:upload',
  'media:edit',
  'media:delete',
  'section:manage',
  'tag:manage',
  'staff:manage',
  'audit:read',
  'import:run',
  'account:edit',
  'author:edit',
] as const;
export type Action = (typeof ACTIONS)[number];

export type Actor = { id: number; role: UserRole };
/** The article an action is about, when it is about one. */
export type ArticleResource = { createdBy: number | null; status: ArticleStatus };
/** A library photo or an author profile an action is about: who owns it (the uploader, the author's own account). */
export type OwnedResource = { createdBy: number | null; status?: never };

type Rule = boolean | ((actor: Actor, resource: ArticleResource | OwnedResource | undefined) => boolean);

const own = (actor: Actor, resource: ArticleResource | OwnedResource | undefined) =>
  resource !== undefined && resource.createdBy === actor.id;
// A reporter's work is theirs until they submit it; after that it is the desk's.
const ownDraft = (actor: Actor, article: ArticleResource | OwnedResource | undefined) =>
  own(actor, article) && article?.status === 'draft';
// Submitted and not yet taken up: the reporter may still take it back.
const ownSubmitted: typeof ownDraft = (actor, article) => own(actor, article) && article?.status === 'review';

const EDITOR: Record<Action, Rule> = {
  'article:create': true,
  'article:read': true,
  'article:edit': true,
  'article:submit': true,
  'article:withdraw': true,
  'article:publish': true,
  'article:unpublish': true,
  'article:schedule': true,
  'article:delete': true,
  'article:correct': true,
  // The "Tin nóng" banner on every reader's page: the desk's call, never a reporter's.
  'breaking:manage': true,
  // Grouping a running story's coverage under one event page.
  'event:manage': true,
  // Editors arrange a front's draft; what goes live on a front is the managing editor's call.
  'front:edit': true,
  'front:publish': false,
  // Live coverage: editors post straight onto the page, approve reporters' drafts, start and end it.
  'live:draft': true,
  'live:post': true,
  'live:manage': true,
  'media:upload': true,
  'media:edit': true,
  'media:delete': true,
  'section:manage': false,
  'tag:manage': true,
  'staff:manage': false,
  'audit:read': false,
  'import:run': true,
  // Everyone's own name, email request, password and sessions ("Tài khoản của tôi").
  'account:edit': true,
  // An author profile (bio, photo, role title): its own author's; admins any.
  'author:edit': own,
};

export const CAPABILITIES: Record<UserRole, Record<Action, Rule>> = {
  admin: Object.fromEntries(Object.keys(EDITOR).map((action) => [action, true])) as Record<Action, Rule>,
  managing_editor: { ...EDITOR, 'front:publish': true },
  editor: EDITOR,
  reporter: {
    'article:create': true,
    'article:read': own,
    'article:edit': ownDraft,
    'article:submit': ownDraft,
    // Back to draft while it waits for review, to fix something before the desk reads it.
    'article:withdraw': ownSubmitted,
    'article:publish': false,
    'article:unpublish': false,
    'article:schedule': false,
    'article:delete': ownDraft,
    'article:correct': false,
    'breaking:manage': false,
    'event:manage': false,
    'front:edit': false,
    'front:publish': false,
    // A reporter's live post waits as a draft until an editor approves it.
    'live:draft': true,
    'live:post': false,
    'live:manage': false,
    'media:upload': true,
    // The words (alt, caption, credit) and focal point of their own uploads; deleting stays the desk's.
    'media:edit': own,
    'media:delete': false,
    'section:manage': false,
    'tag:manage': false,
    'staff:manage': false,
    'audit:read': false,
    'import:run': false,
    'account:edit': true,
    'author:edit': own,
  },
};

/** Whether the actor may perform the action (on the given article, photo or profile, for actions about one). */
export function can(actor: Actor | null | undefined, action: Action, resource?: ArticleResource | OwnedResource): boolean {
  if (!actor) return false;
  const rule = CAPABILITIES[actor.role]?.[action];
  if (typeof rule === 'function') return rule(actor, resource);
  return rule === true;
}
