import { ROLE_LABELS } from '@/app/admin/_components/role-labels';
import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import type { AuditRow } from '@/lib/data/audit-read';
import { describeUserAgent } from '@/lib/http/user-agent';
import { formatAuditTime } from '@/lib/vi/time';
import { actionLabel, targetLabel } from './_components/labels';

// How an audit entry reads to people, on the page and in the CSV export alike: who (a name, or
// "Hệ thống" for the scheduler and the command line), what in Vietnamese, and the details as
// labelled lines, a change as "trước → sau", instead of the stored JSON.
//
// Convention for writers: `detail.changes` holds `{ field: [before, after] }` for every field an
// edit changed; other detail keys are facts about the entry.

/** One line of an entry's details: a fact, or a field's value before and after. */
export type AuditLine = { label: string; value: string } | { label: string; before: string; after: string };

export type AuditDescription = { actor: string; action: string; target: string | null; lines: AuditLine[] };

export const SYSTEM_ACTOR_NAME = 'Hệ thống';
export const ANONYMOUS_ACTOR_NAME = 'Khách (chưa đăng nhập)';

const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  slug: 'Đường dẫn',
  oldSlug: 'Đường dẫn cũ',
  lead: 'Sa-pô',
  body: 'Nội dung',
  sectionId: 'Chuyên mục (mã)',
  section: 'Chuyên mục',
  coverMediaId: 'Ảnh đại diện (mã)',
  tags: 'Chủ đề',
  bylines: 'Tác giả',
  seoTitle: 'Tiêu đề SEO',
  seoDescription: 'Mô tả SEO',
  alt: 'Mô tả ảnh (alt)',
  caption: 'Chú thích',
  credit: 'Nguồn ảnh',
  name: 'Tên',
  email: 'Email',
  role: 'Vai trò',
  status: 'Trạng thái',
  version: 'Phiên bản',
  revisionId: 'Bản lưu khôi phục (mã)',
  restoredVersion: 'Khôi phục từ phiên bản',
  revisionAt: 'Bản lưu lúc',
  description: 'Mô tả',
  parentId: 'Chuyên mục cha (mã)',
  direction: 'Hướng',
  move: 'Hướng',
  confirmedWarnings: 'Cảnh báo đã xác nhận',
  correctionId: 'Đính chính (mã)',
  postId: 'Cập nhật trực tiếp (mã)',
  articleId: 'Bài viết (mã)',
  articles: 'Số bài',
  from: 'Từ',
  fromSlug: 'Đường dẫn thẻ gộp',
  into: 'Gộp vào',
  to: 'Thành',
  expiresAt: 'Hết hạn lúc',
  until: 'Khóa đến',
  for: 'Áp dụng cho',
  wasLocked: 'Đang bị khóa',
  via: 'Qua',
  user: 'Người dùng hệ điều hành',
  path: 'Tệp',
  file: 'Tệp',
  agent: 'Thiết bị',
  note: 'Ghi chú',
  at: 'Lúc',
  unpublishAt: 'Gỡ lúc',
};

/** Keys that mean something to the code only (a session version, a device's hashed id). */
const HIDDEN = new Set(['sv', 'device', 'changes']);

const VALUE_WORDS: Record<string, string> = {
  up: 'lên',
  down: 'xuống',
  'known device': 'thiết bị đã đăng nhập trước đây',
  'unknown devices': 'các thiết bị lạ',
  admin: 'trang quản trị',
  cli: 'dòng lệnh trên máy chủ',
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** A stored value as a person reads it: words for codes, Vietnam time for instants, lists joined. */
export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (Array.isArray(value)) return value.length === 0 ? '(không có)' : value.map((item) => formatAuditValue(key, item)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${formatAuditValue(k, v)}`)
      .join('; ');
  }
  const text = String(value);
  if (key === 'agent') return describeUserAgent(text);
  if ((key === 'role' || key === 'from' || key === 'to') && text in ROLE_LABELS) return ROLE_LABELS[text as keyof typeof ROLE_LABELS];
  if (key === 'status' && text in STATUS_LABELS) return STATUS_LABELS[text as keyof typeof STATUS_LABELS];
  if (ISO_TIME.test(text)) return formatAuditTime(new Date(text));
  return VALUE_WORDS[text] ?? text;
}

/** Who did it: the person (name and email), "Hệ thống" for work with nobody signed in, or a stranger at the sign-in form. */
export function describeActor(row: Pick<AuditRow, 'actorEmail' | 'actorName' | 'action'>): string {
  if (row.actorEmail) return row.actorName ? `${row.actorName} (${row.actorEmail})` : row.actorEmail;
  return row.action.startsWith('auth.') ? ANONYMOUS_ACTOR_NAME : SYSTEM_ACTOR_NAME;
}

/** What it was done to: "Bài viết #12 “Tiêu đề”". */
export function describeTarget(row: Pick<AuditRow, 'targetType' | 'targetId' | 'targetTitle'>): string | null {
  if (!row.targetType) return null;
  const id = row.targetId === null ? '' : ` #${row.targetId}`;
  const title = row.targetTitle ? ` “${row.targetTitle}”` : '';
  return `${targetLabel(row.targetType)}${id}${title}`;
}

function changeLines(changes: unknown): AuditLine[] {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).flatMap(([key, pair]): AuditLine[] => {
    if (!Array.isArray(pair) || pair.length !== 2) return [];
    const label = FIELD_LABELS[key] ?? key;
    // A body is a whole document: that it changed is the fact; the revisions page shows how.
    if (key === 'body') return [{ label, value: 'đã sửa (xem Lịch sử phiên bản)' }];
    return [{ label, before: formatAuditValue(key, pair[0]), after: formatAuditValue(key, pair[1]) }];
  });
}

/** The entry as people read it: actor, Vietnamese action, target, and its details line by line. */
export function describeAuditEntry(row: AuditRow): AuditDescription {
  const detail = row.detail ?? {};
  const lines: AuditLine[] = changeLines(detail.changes);
  // An older staff.role entry stored its change as from/to.
  if (row.action === 'staff.role' && 'from' in detail && 'to' in detail) {
    lines.push({ label: 'Vai trò', before: formatAuditValue('role', detail.from), after: formatAuditValue('role', detail.to) });
  }
  for (const [key, value] of Object.entries(detail)) {
    if (HIDDEN.has(key) || (row.action === 'staff.role' && (key === 'from' || key === 'to'))) continue;
    lines.push({ label: FIELD_LABELS[key] ?? key, value: formatAuditValue(key, value) });
  }
  return { actor: describeActor(row), action: actionLabel(row.action), target: describeTarget(row), lines };
}

/** A line as one piece of text, for the CSV export and screen readers alike. */
export function auditLineText(line: AuditLine): string {
  return 'value' in line ? `${line.label}: ${line.value}` : `${line.label}: ${line.before} → ${line.after}`;
}
