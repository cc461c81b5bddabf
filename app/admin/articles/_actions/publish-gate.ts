import 'server-only';
import { z } from 'zod';
import { getPublishCheckFacts } from '@/lib/data/articles/publish-check-facts';
import { checkBeforePublish, publishRefusal, PUBLISH_WARNINGS, type PublishWarning } from '@/lib/data/articles/publish-checks';
import type { ArticleSnapshot } from '@/lib/data/articles/snapshot';
import type { PublishChecksRefused } from './result';

/** The warnings the writer confirmed in the pre-publish panel (none when left out). */
export const confirmedWarningsSchema = z.array(z.enum(PUBLISH_WARNINGS)).max(PUBLISH_WARNINGS.length).default([]);

/**
 * The pre-publish checks as Xuất bản, Cập nhật and Hẹn giờ apply them: a refusal lists every
 * problem (and the checks, so the panel can show them); a pass returns the warnings confirmed,
 * for the audit row.
 */
export function passPublishChecks(
  articleId: number,
  snapshot: ArticleSnapshot,
  confirmed: readonly PublishWarning[],
): ({ ok: false } & PublishChecksRefused) | { ok: true; confirmedWarnings: PublishWarning[] } {
  const checks = checkBeforePublish(snapshot, getPublishCheckFacts(articleId, snapshot));
  const refusal = publishRefusal(checks, confirmed);
  if (refusal) return { ok: false, error: 'checks', message: refusal, checks };
  return { ok: true, confirmedWarnings: checks.warnings.map((warning) => warning.code) };
}
