import 'server-only';
import { headers } from 'next/headers';
import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { z } from 'zod';
import type { Action, ArticleResource } from '@/lib/domain/capabilities';
import { clientIp } from '@/lib/auth/client-ip';
import {
  AuthorizationError,
  assertSameOrigin,
  getSessionUser,
  requireCapability,
  requireStaff,
  type SessionUser,
} from '@/lib/auth/guard';
import { recordAudit, type AuditEntry } from '@/lib/data/audit';
import { purgeCdnTags } from '@/lib/http/purge-webhook';
import type { ActionRefusal, ActionResult } from './action-result';
import { fieldErrors } from './field-errors';
import { toFormState, type FormState } from './form-state';

/** An action about one article: the capability is asked of the article as stored. */
export type ArticleTarget = { action: Action; article: ArticleResource };

/**
 * Who may call an action: a capability from lib/domain/capabilities.ts; one decided by the article
 * the input names (a refusal there, such as an unknown id, is told to staff only); or 'public' for
 * signing in, signing out and first-run setup, which still require this site's origin.
 */
export type Permission<Raw> =
  | Action
  | 'public'
  | ((raw: Raw) => ArticleTarget | ActionRefusal | Promise<ArticleTarget | ActionRefusal>);

type UserFor<P> = P extends 'public' ? SessionUser | null : SessionUser;

/** An audit row; the actor defaults to the signed-in user, the address to the request's. */
export type AuditFields = Omit<AuditEntry, 'actor' | 'ip'> & { actor?: AuditEntry['actor'] };

/** What an action's body reports; the wrapper does the bookkeeping in the order listed. */
export type ActionOutcome<T extends object, E extends object = never> =
  | {
      ok: true;
      value: T;
      /** Cache tags the change touched (lib/cache-tags.ts), expired at once. */
      tags?: readonly string[];
      /** Admin pages to refresh, with the pages below them. */
      paths?: readonly string[];
      audit?: AuditFields | readonly AuditFields[];
      /** Work that must wait until the audit row is written (removing files, signing in or out). */
      afterAudit?: () => unknown;
      redirectTo?: string;
    }
  | ({ ok: false } & ActionRefusal)
  | ({ ok: false } & E);

export type ActionSpec<Raw, S extends z.ZodType, T extends object, E extends object, P extends Permission<Raw>> = {
  permission: P;
  schema: S;
  /** What the schema parses; by default a FormData's fields as an object, anything else as is. */
  input?: (raw: Raw) => unknown;
  /** The message for input the schema refuses (the field errors go beside the inputs). */
  invalid?: string | ((error: z.ZodError) => string);
  run: (ctx: {
    user: UserFor<P>;
    input: z.output<S>;
    article: ArticleResource | undefined;
  }) => ActionOutcome<T, NoInfer<E>> | Promise<ActionOutcome<T, NoInfer<E>>>;
};

const INVALID = 'Vui lòng sửa các ô được đánh dấu.';
const vietnamese = z.locales.vi().localeError;

/**
 * The one shape of a Server Action: same origin → capability (lib/domain/capabilities.ts) → zod →
 * the action's body → expire its cache tags and pages → audit row → typed result (or redirect).
 * A refusal at any step answers a result and changes nothing.
 */
export function defineAction<
  Raw,
  S extends z.ZodType,
  T extends object,
  E extends object = never,
  P extends Permission<Raw> = Permission<Raw>,
>(spec: ActionSpec<Raw, S, T, E, P>): (raw: Raw) => Promise<ActionResult<T, E>> {
  return async (raw) => {
    try {
      await assertSameOrigin();
      const access = await authorise(spec.permission, raw);
      if (!access.ok) return access;
      const parsed = spec.schema.safeParse(spec.input ? spec.input(raw) : fields(raw), { error: vietnamese });
      if (!parsed.success) {
        const message = typeof spec.invalid === 'function' ? spec.invalid(parsed.error) : (spec.invalid ?? INVALID);
        return { ok: false, error: 'invalid', message, fieldErrors: fieldErrors(parsed.error) };
      }
      const user = access.user as UserFor<P>;
      const outcome = await spec.run({ user, input: parsed.data, article: access.article });
      if (!outcome.ok) return outcome;
      // Listings (feeds, sitemaps, section and tag pages) are expired at once, as the scheduler
      // does: with updateTag alone one read just before the action kept its old copy for the next
      // reader (security cases 14, 20). updateTag, last, re-renders what this action's own
      // response shows (the editor's status line), which revalidateTag on it broke.
      const tags = outcome.tags ?? [];
      for (const tag of tags) if (!tag.startsWith('article:')) revalidateTag(tag, { expire: 0 });
      for (const tag of tags) updateTag(tag);
      // A CDN in front drops its copies of the same pages, once the response is on its way.
      if (tags.length) after(() => purgeCdnTags(tags));
      for (const path of outcome.paths ?? []) revalidatePath(path, 'layout');
      await audit(outcome.audit, access.user);
      await outcome.afterAudit?.();
      if (outcome.redirectTo) redirect(outcome.redirectTo);
      return { ok: true, ...outcome.value };
    } catch (error) {
      if (error instanceof AuthorizationError) {
        return { ok: false, error: error.status === 403 ? 'forbidden' : (error.reason ?? 'unauthorized'), message: error.message };
      }
      throw error;
    }
  };
}

/**
 * The same wrapper for a form used with useActionState: `(previous, formData) → FormState`.
 * `echo` names the fields (never passwords) a refused form gets back as typed.
 */
export function defineFormAction<S extends z.ZodType, P extends Permission<FormData>>(
  spec: ActionSpec<FormData, S, { message: string }, never, P> & { echo?: readonly string[] },
): (previous: FormState, formData: FormData) => Promise<FormState> {
  const action = defineAction(spec);
  return async (_previous, formData) => {
    const result = await action(formData);
    const values = spec.echo && Object.fromEntries(spec.echo.map((name) => [name, String(formData.get(name) ?? '')]));
    return toFormState(result, values);
  };
}

type Access =
  | { ok: true; user: SessionUser | null; article: ArticleResource | undefined }
  | ({ ok: false } & ActionRefusal);

async function authorise<Raw>(permission: Permission<Raw>, raw: Raw): Promise<Access> {
  if (permission === 'public') return { ok: true, user: await getSessionUser(), article: undefined };
  if (typeof permission === 'string') return { ok: true, user: await requireCapability(permission), article: undefined };
  const target = await permission(raw);
  if ('error' in target) {
    // Whether an article exists is for staff to learn, not for whoever calls.
    await requireStaff();
    return { ok: false, ...target };
  }
  return { ok: true, user: await requireCapability(target.action, target.article), article: target.article };
}

async function audit(entries: AuditFields | readonly AuditFields[] | undefined, user: SessionUser | null): Promise<void> {
  const rows = entries === undefined ? [] : Array.isArray(entries) ? entries : [entries as AuditFields];
  if (rows.length === 0) return;
  const ip = clientIp(await headers());
  const actor = user && { id: user.id, email: user.email };
  for (const row of rows) recordAudit({ actor, ...row, ip });
}

function fields(raw: unknown): unknown {
  return raw instanceof FormData ? Object.fromEntries(raw) : raw;
}
