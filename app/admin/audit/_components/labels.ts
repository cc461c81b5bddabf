import { AUDIT_ACTION_LABELS } from '@/lib/data/audit-read';

const TARGET_LABELS: Record<string, string> = {
  user: 'Tài khoản',
  article: 'Bài viết',
  media: 'Ảnh',
  section: 'Chuyên mục',
  tag: 'Thẻ',
};

export const actionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const targetLabel = (type: string) => TARGET_LABELS[type] ?? type;

/** Where a target can be looked at in the newsroom, when it has a page there. */
export function targetHref(type: string | null, id: number | null): string | null {
  if (id === null) return null;
  if (type === 'article') return `/admin/articles/${id}`;
  if (type === 'media') return `/admin/media/${id}`;
  return null;
}
