import 'server-only';
import { z } from 'zod';
import { getEditableArticle } from '@/lib/data/articles/editable';
import { getPublishCheckFacts } from '@/lib/data/articles/publish-check-facts';
import {
  checkBeforePublish,
  publishRefusal,
  PUBLISH_WARNINGS,
  type PublishChecks,
  type PublishWarning,
} from '@/lib/data/articles/publish-checks';
import { keepScheduledWorkingCopy } from '@/lib/data/articles/save';
import { getArticleSchedule } from '@/lib/data/articles/schedule';
import type { ArticleSnapshot } from '@/lib/data/articles/snapshot';
import { formatScheduleTime } from '@/lib/vi/time';
import type { PublishChecksRefused } from './result';

/** The warnings the writer confirmed in the pre-publish panel (none when left out). */
export const confirmedWarningsSchema = z.array(z.enum(PUBLISH_WARNINGS)).max(PUBLISH_WARNINGS.length).default([]);

type GateOutcome = ({ ok: false } & PublishChecksRefused) | { ok: true; confirmedWarnings: PublishWarning[] };

const checksOf = (articleId: number, snapshot: ArticleSnapshot): PublishChecks =>
  checkBeforePublish(snapshot, getPublishCheckFacts(articleId, snapshot));

/**
 * The pre-publish checks as Xuất bản, Cập nhật and Hẹn giờ apply them: a refusal lists every
 * problem (and the checks, so the panel can show them); a pass returns the warnings confirmed,
 * for the audit row.
 */
export function passPublishChecks(articleId: number, snapshot: ArticleSnapshot, confirmed: readonly PublishWarning[]): GateOutcome {
  const checks = checksOf(articleId, snapshot);
  const refusal = publishRefusal(checks, confirmed);
  if (refusal) return { ok: false, error: 'checks', message: refusal, checks };
  return { ok: true, confirmedWarnings: checks.warnings.map((warning) => warning.code) };
}

/**
 * A scheduled article goes live with nobody there, so a save to it (Lưu, autosave, a restored
 * revision) passes the checks scheduling did. A warning the scheduled version already had was
 * confirmed when it was scheduled; a new one needs confirming now. A refused save changes nothing
 * that will go live and keeps the writer's text as the article's working copy: no word is lost.
 * Null when the article is not scheduled, or the save is stale (the write answers that conflict).
 */
export function passScheduledSaveChecks(
  input: { id: number; version: number; snapshot: ArticleSnapshot },
  confirmed: readonly PublishWarning[],
  userId: number,
): GateOutcome | null {
  const stored = getEditableArticle(input.id);
  if (stored?.status !== 'scheduled' || stored.version !== input.version) return null;
  const checks = checksOf(input.id, input.snapshot);
  const alreadyConfirmed = new Set(checksOf(input.id, stored.snapshot).warnings.map((warning) => warning.code));
  const found = checks.warnings.map((warning) => warning.code);
  const allConfirmed = found.filter((code) => alreadyConfirmed.has(code) || confirmed.includes(code));
  if (!publishRefusal(checks, allConfirmed)) return { ok: true, confirmedWarnings: allConfirmed };

  keepScheduledWorkingCopy({ id: input.id, baseVersion: input.version, snapshot: input.snapshot, userId });
  const at = getArticleSchedule(input.id).scheduledAt;
  const when = at ? ` lúc ${formatScheduleTime(new Date(at))}` : '';
  const why =
    checks.blocking.length > 0
      ? `Cần sửa: ${checks.blocking.map((problem) => problem.message).join(' ')}`
      : `Cần xác nhận cảnh báo mới: ${checks.warnings
          .filter((warning) => !alreadyConfirmed.has(warning.code))
          .map((warning) => warning.message)
          .join(' ')}`;
  return {
    ok: false,
    error: 'checks',
    message: `Bài đã hẹn giờ đăng${when} nên bản sửa này chưa được lưu vào bài sẽ đăng. ${why} Nội dung bạn viết vẫn còn nguyên và được giữ làm bản đang sửa; sửa xong bấm “Lưu” lại, hoặc hủy hẹn giờ.`,
    checks,
  };
}
