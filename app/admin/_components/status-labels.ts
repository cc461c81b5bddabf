import type { ArticleStatus } from '@/lib/domain/article-status';

/** Vietnamese names of article states, as the desk says them. */
export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Bản nháp',
  review: 'Chờ duyệt',
  scheduled: 'Hẹn giờ đăng',
  published: 'Đã đăng',
  unpublished: 'Đã gỡ',
};
