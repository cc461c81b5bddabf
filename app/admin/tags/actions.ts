'use server';

import { defineFormAction } from '@/lib/actions/define-action';
import { cacheTags } from '@/lib/cache-tags';
import { getTagBySlug } from '@/lib/data/tags';
import { deleteUnusedTag, mergeTags, renameTag, type TagChange, type TagError } from '@/lib/data/tags-admin';
import { mergeTagSchema, renameTagSchema, tagIdSchema } from './tag-schemas';

// 'tag:manage' → zod → one transaction → expire both tags' pages, the listings and the pages of
// every article that shows the tag.

const ERRORS: Record<TagError, string> = {
  not_found: 'Không tìm thấy thẻ này.',
  slug_taken: 'Đường dẫn này đã có thẻ khác dùng. Muốn gộp hai thẻ, hãy dùng “Gộp vào thẻ”.',
  same_tag: 'Không thể gộp một thẻ vào chính nó.',
  in_use: 'Không thể xóa: thẻ vẫn gắn với bài viết. Hãy gộp nó vào thẻ khác.',
};

function changed(change: Extract<TagChange, { ok: true }>) {
  return {
    tags: [cacheTags.listings, ...change.tagIds.map(cacheTags.tag), ...change.articleIds.map(cacheTags.article)],
    paths: ['/admin/tags'],
  };
}

/** Renames a tag; a new slug keeps the old URL answering with a 308. */
export const renameTagAction = defineFormAction({
  permission: 'tag:manage',
  schema: renameTagSchema,
  run: ({ input: { id, ...input } }) => {
    const change = renameTag(id, input);
    if (!change.ok) {
      const fieldErrors = change.error === 'slug_taken' ? { slug: ERRORS.slug_taken } : undefined;
      return { ok: false, error: 'refused', message: ERRORS[change.error], fieldErrors };
    }
    return {
      ok: true,
      value: { message: `Đã lưu thẻ “${change.name}” (/chu-de/${change.slug}).` },
      ...changed(change),
      audit: { action: 'tag.rename', targetType: 'tag', targetId: id, detail: { ...input, oldSlug: change.oldSlug } },
    };
  },
});

/** Moves a tag's articles to another tag and removes it; its URL then leads to the other tag. */
export const mergeTagAction = defineFormAction({
  permission: 'tag:manage',
  schema: mergeTagSchema,
  run: ({ input }) => {
    const target = getTagBySlug(input.target);
    if (!target) {
      return { ok: false, error: 'invalid', message: 'Vui lòng sửa các ô được đánh dấu.', fieldErrors: { target: 'Không có thẻ nào với tên hoặc đường dẫn này.' } };
    }
    const change = mergeTags(input.id, target.id);
    if (!change.ok) return { ok: false, error: 'refused', message: ERRORS[change.error] };
    return {
      ok: true,
      value: { message: '' },
      ...changed(change),
      audit: { action: 'tag.merge', targetType: 'tag', targetId: target.id, detail: { from: input.id, fromSlug: change.oldSlug, into: target.slug, articles: change.articleIds.length } },
      // The merged tag's row is gone with its form, so the notice is shown by the page.
      redirectTo: `/admin/tags?da-gop=${change.oldSlug}&vao=${change.slug}`,
    };
  },
});

/** Deletes a tag that no article uses. */
export const deleteTagAction = defineFormAction({
  permission: 'tag:manage',
  schema: tagIdSchema,
  invalid: ERRORS.not_found,
  run: ({ input }) => {
    const change = deleteUnusedTag(input.id);
    if (!change.ok) return { ok: false, error: 'refused', message: ERRORS[change.error] };
    return {
      ok: true,
      value: { message: '' },
      ...changed(change),
      audit: { action: 'tag.delete', targetType: 'tag', targetId: input.id, detail: { name: change.name, slug: change.slug } },
      redirectTo: `/admin/tags?da-xoa=${change.slug}`,
    };
  },
});
