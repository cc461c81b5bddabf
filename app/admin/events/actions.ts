'use server';

import { defineFormAction } from '@/lib/actions/define-action';
import { attachArticle, createEvent, deleteEvent, detachArticle, moveArticle, updateEvent, type EventChange, type EventError } from '@/lib/data/events';
import { eventIdSchema, eventMemberSchema, eventSchema, moveEventMemberSchema, updateEventSchema } from './event-schemas';

// 'event:manage' → zod → one transaction → expire the event's page and feed, the listings (events
// sitemap) and the pages of the articles whose "Cùng sự kiện" box changes → audit row.

const ERRORS: Record<EventError, string> = {
  not_found: 'Không tìm thấy sự kiện này.',
  slug_taken: 'Đường dẫn này đã có sự kiện khác dùng.',
  no_slug: 'Tên này không tạo được đường dẫn: hãy nhập đường dẫn.',
  no_cover: 'Ảnh bìa đã chọn không còn trong thư viện.',
  article_not_found: 'Không tìm thấy bài viết này.',
  not_member: 'Bài này không thuộc sự kiện.',
  at_edge: 'Bài đã ở đầu hoặc cuối danh sách.',
};

const FIELD_OF: Partial<Record<EventError, string>> = { slug_taken: 'slug', no_slug: 'slug', no_cover: 'coverMediaId' };

function refused(error: EventError) {
  const field = FIELD_OF[error];
  return { ok: false as const, error: 'refused' as const, message: ERRORS[error], fieldErrors: field ? { [field]: ERRORS[error] } : undefined };
}

const expired = (change: Extract<EventChange, { ok: true }>) => ({ tags: change.tags, paths: ['/admin/events'] });
const echo = ['name', 'slug', 'description', 'coverMediaId', 'ordering'];

/** Creates an event and opens it, to attach its first articles. */
export const createEventAction = defineFormAction({
  permission: 'event:manage',
  schema: eventSchema,
  echo,
  run: ({ user, input }) => {
    const change = createEvent(input, user.id);
    if (!change.ok) return refused(change.error);
    return {
      ok: true,
      value: { message: '' },
      ...expired(change),
      audit: { action: 'event.create', targetType: 'event', targetId: change.id, detail: { name: change.name, slug: change.slug } },
      redirectTo: `/admin/events/${change.id}`,
    };
  },
});

/** Saves an event's name, slug, description, cover photo and ordering. */
export const updateEventAction = defineFormAction({
  permission: 'event:manage',
  schema: updateEventSchema,
  echo,
  run: ({ input: { id, ...input } }) => {
    const change = updateEvent(id, input);
    if (!change.ok) return refused(change.error);
    return {
      ok: true,
      value: { message: `Đã lưu sự kiện “${change.name}” (/su-kien/${change.slug}).` },
      ...expired(change),
      audit: { action: 'event.update', targetType: 'event', targetId: id, detail: { ...input, oldSlug: change.oldSlug } },
    };
  },
});

/** Deletes an event; its articles stay. */
export const deleteEventAction = defineFormAction({
  permission: 'event:manage',
  schema: eventIdSchema,
  invalid: ERRORS.not_found,
  run: ({ input }) => {
    const change = deleteEvent(input.id);
    if (!change.ok) return refused(change.error);
    return {
      ok: true,
      value: { message: '' },
      ...expired(change),
      audit: { action: 'event.delete', targetType: 'event', targetId: input.id, detail: { name: change.name, slug: change.slug } },
      redirectTo: `/admin/events?da-xoa=${change.slug}`,
    };
  },
});

/** Adds an article to an event. */
export const attachEventArticleAction = defineFormAction({
  permission: 'event:manage',
  schema: eventMemberSchema,
  invalid: ERRORS.article_not_found,
  run: ({ input }) => {
    const change = attachArticle(input.id, input.articleId);
    if (!change.ok) return refused(change.error);
    return {
      ok: true,
      value: { message: 'Đã thêm bài vào sự kiện.' },
      ...expired(change),
      audit: { action: 'event.attach', targetType: 'event', targetId: input.id, detail: { articleId: input.articleId } },
    };
  },
});

/** Takes an article out of an event. */
export const detachEventArticleAction = defineFormAction({
  permission: 'event:manage',
  schema: eventMemberSchema,
  invalid: ERRORS.not_member,
  run: ({ input }) => {
    const change = detachArticle(input.id, input.articleId);
    if (!change.ok) return refused(change.error);
    return {
      ok: true,
      value: { message: 'Đã bỏ bài khỏi sự kiện.' },
      ...expired(change),
      audit: { action: 'event.detach', targetType: 'event', targetId: input.id, detail: { articleId: input.articleId } },
    };
  },
});

/** Moves an article one place up or down in the event's hand order (audited as an edit of the event). */
export const moveEventArticleAction = defineFormAction({
  permission: 'event:manage',
  schema: moveEventMemberSchema,
  invalid: ERRORS.not_member,
  run: ({ input }) => {
    const change = moveArticle(input.id, input.articleId, input.direction);
    if (!change.ok) return refused(change.error);
    return {
      ok: true,
      value: { message: input.direction === 'up' ? 'Đã đưa bài lên.' : 'Đã đưa bài xuống.' },
      ...expired(change),
      audit: { action: 'event.update', targetType: 'event', targetId: input.id, detail: { move: input.direction, articleId: input.articleId } },
    };
  },
});
