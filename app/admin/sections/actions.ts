'use server';

import { cacheTags } from '@/lib/cache-tags';
import { defineFormAction } from '@/lib/actions/define-action';
import type { ActionRefusal } from '@/lib/actions/action-result';
import { createSection, deleteSection, moveSection, updateSection, type SectionChange } from '@/lib/data/sections-admin';
import { SECTION_ERRORS } from './messages';
import { moveSectionSchema, sectionIdSchema, sectionSchema, updateSectionSchema } from './section-schemas';

// Each action: 'section:manage' → zod → data layer (one transaction) → expire the navigation, the
// sections' listings and, after a rename, the pages of the articles filed there.

const TYPED = ['name', 'slug', 'description', 'parentId'] as const;

function refused(change: Extract<SectionChange, { ok: false }>): { ok: false } & ActionRefusal {
  const { message, field } = SECTION_ERRORS[change.error];
  return { ok: false, error: 'refused', message, fieldErrors: field ? { slug: field } : undefined };
}

function changed(change: Extract<SectionChange, { ok: true }>) {
  return {
    tags: [
      cacheTags.sections,
      cacheTags.listings,
      ...change.sectionIds.map(cacheTags.section),
      ...change.articleIds.map(cacheTags.article),
      ...change.tagIds.map(cacheTags.tag),
      ...change.authorIds.map(cacheTags.author),
    ],
    paths: ['/admin/sections'],
  };
}

/** Creates a section at the end of its level. */
export const createSectionAction = defineFormAction({
  permission: 'section:manage',
  schema: sectionSchema,
  echo: TYPED,
  run: ({ input }) => {
    const change = createSection(input);
    if (!change.ok) return refused(change);
    return {
      ok: true,
      value: { message: `Đã tạo chuyên mục “${change.name}” (/${change.slug}).` },
      ...changed(change),
      audit: { action: 'section.create', targetType: 'section', targetId: change.id, detail: { name: change.name, slug: change.slug, parentId: input.parentId } },
    };
  },
});

/** Renames, re-describes or re-parents a section; an old slug keeps answering with a 308. */
export const updateSectionAction = defineFormAction({
  permission: 'section:manage',
  schema: updateSectionSchema,
  echo: TYPED,
  run: ({ input: { id, ...input } }) => {
    const change = updateSection(id, input);
    if (!change.ok) return refused(change);
    const renamed = change.oldSlug !== change.slug ? ` Đường dẫn cũ /${change.oldSlug} sẽ chuyển sang /${change.slug}.` : '';
    return {
      ok: true,
      value: { message: `Đã lưu chuyên mục “${change.name}”.${renamed}` },
      ...changed(change),
      audit: { action: 'section.update', targetType: 'section', targetId: id, detail: { changes: change.changes } },
    };
  },
});

/** Moves a section one place up or down among its siblings. */
export const moveSectionAction = defineFormAction({
  permission: 'section:manage',
  schema: moveSectionSchema,
  invalid: SECTION_ERRORS.not_found.message,
  run: ({ input }) => {
    const change = moveSection(input.id, input.direction);
    if (!change.ok) return refused(change);
    return {
      ok: true,
      value: { message: `Đã chuyển “${change.name}” ${input.direction === 'up' ? 'lên' : 'xuống'}.` },
      ...changed(change),
      audit: { action: 'section.move', targetType: 'section', targetId: change.id, detail: { direction: input.direction } },
    };
  },
});

/** Deletes a section with no subsections and no articles; its row is gone, so the notice moves to the page. */
export const deleteSectionAction = defineFormAction({
  permission: 'section:manage',
  schema: sectionIdSchema,
  invalid: SECTION_ERRORS.not_found.message,
  run: ({ input }) => {
    const change = deleteSection(input.id);
    if (!change.ok) return refused(change);
    return {
      ok: true,
      value: { message: '' },
      ...changed(change),
      audit: { action: 'section.delete', targetType: 'section', targetId: change.id, detail: { name: change.name, slug: change.slug } },
      redirectTo: `/admin/sections?da-xoa=${change.slug}`,
    };
  },
});
