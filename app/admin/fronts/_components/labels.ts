import type { Backfill, ContainerLayout } from '@/lib/domain/front-document';

/** Layouts as the newsroom names them. */
export const LAYOUT_LABELS: Record<ContainerLayout, string> = {
  lead: 'Tin chính, ảnh lớn',
  featured: 'Tin nổi bật (3–4 bài)',
  list: 'Danh sách',
  'section-block': 'Khối chuyên mục',
  'most-read': 'Đọc nhiều',
};

export const BACKFILL_LABELS: Record<Backfill['kind'], string> = {
  none: 'Không lấp (chỉ bài chọn tay)',
  latest: 'Tin mới nhất',
  section: 'Tin mới nhất của một chuyên mục',
  tag: 'Tin mới nhất của một chủ đề',
  event: 'Tin mới nhất của một sự kiện',
};

export type { FrontCardArticle as CardArticle } from '@/lib/data/fronts/picker';

export type FrontSourceOptions = {
  sections: { id: number; name: string }[];
  tags: { id: number; name: string }[];
  events: { id: number; name: string }[];
};
