'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { guardAction } from '@/lib/auth/action-guard';
import { requestIp } from '@/lib/auth/request-ip';
import { cacheTags } from '@/lib/cache-tags';
import { recordAudit } from '@/lib/data/audit';
import { createSection, deleteSection, moveSection, updateSection, type SectionChange } from '@/lib/data/sections-admin';
import type { FormState } from '../_components/form-state';
import { fieldErrors } from '@/app/admin/_components/field-errors';
import { SECTION_ERRORS } from './messages';
import { moveSectionSchema, sectionIdSchema, sectionSchema, updateSectionSchema } from './section-schemas';

// Each action: same origin + 'section:manage' → zod → data layer (one transaction) → expire the
// navigation, the sections' listings and, after a rename, the pages of the articles filed there.

const fail = (message: string, errors?: Record<string, string>, values?: Record<string, string>): FormState => ({
  status: 'error',
  message,
  fieldErrors: errors,
  values,
});
const INVALID = 'Vui lòng sửa các ô được đánh dấu.';
const typed = (formData: FormData) =>
  Object.fromEntries(['name', 'slug', 'description', 'parentId'].map((key) => [key, String(formData.get(key) ?? '')]));

function refused(change: Extract<SectionChange, { ok: false }>, values?: Record<string, string>): FormState {
  const { message, field } = SECTION_ERRORS[change.error];
  return fail(message, field ? { slug: field } : undefined, values);
}

function expire(change: Extract<SectionChange, { ok: true }>): void {
  updateTag(cacheTags.sections);
  updateTag(cacheTags.listings);
  for (const id of change.sectionIds) updateTag(cacheTags.section(id));
  for (const id of change.articleIds) updateTag(cacheTags.article(id));
  for (const id of change.tagIds) updateTag(cacheTags.tag(id));
  for (const id of change.authorIds) updateTag(cacheTags.author(id));
  revalidatePath('/admin/sections');
}

/** Creates a section at the end of its level. */
export async function createSectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('section:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = sectionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error), typed(formData));
  const change = createSection(parsed.data);
  if (!change.ok) return refused(change, typed(formData));
  recordAudit({ actor: guard.user, action: 'section.create', targetType: 'section', targetId: change.id, detail: { name: change.name, slug: change.slug, parentId: parsed.data.parentId }, ip: await requestIp() });
  expire(change);
  return { status: 'success', message: `Đã tạo chuyên mục “${change.name}” (/${change.slug}).` };
}

/** Renames, re-describes or re-parents a section; an old slug keeps answering with a 308. */
export async function updateSectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('section:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = updateSectionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error), typed(formData));
  const { id, ...input } = parsed.data;
  const change = updateSection(id, input);
  if (!change.ok) return refused(change, typed(formData));
  recordAudit({ actor: guard.user, action: 'section.update', targetType: 'section', targetId: id, detail: { ...input, oldSlug: change.oldSlug }, ip: await requestIp() });
  expire(change);
  const renamed = change.oldSlug !== change.slug ? ` Đường dẫn cũ /${change.oldSlug} sẽ chuyển sang /${change.slug}.` : '';
  return { status: 'success', message: `Đã lưu chuyên mục “${change.name}”.${renamed}` };
}

/** Moves a section one place up or down among its siblings. */
export async function moveSectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('section:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = moveSectionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(SECTION_ERRORS.not_found.message);
  const change = moveSection(parsed.data.id, parsed.data.direction);
  if (!change.ok) return refused(change);
  recordAudit({ actor: guard.user, action: 'section.move', targetType: 'section', targetId: change.id, detail: { direction: parsed.data.direction }, ip: await requestIp() });
  expire(change);
  return { status: 'success', message: `Đã chuyển “${change.name}” ${parsed.data.direction === 'up' ? 'lên' : 'xuống'}.` };
}

/** Deletes a section with no subsections and no articles; its row is gone, so the notice moves to the page. */
export async function deleteSectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('section:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = sectionIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(SECTION_ERRORS.not_found.message);
  const change = deleteSection(parsed.data.id);
  if (!change.ok) return refused(change);
  recordAudit({ actor: guard.user, action: 'section.delete', targetType: 'section', targetId: change.id, detail: { name: change.name, slug: change.slug }, ip: await requestIp() });
  expire(change);
  redirect(`/admin/sections?da-xoa=${change.slug}`);
}
