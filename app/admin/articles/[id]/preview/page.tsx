import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/app/ui/article-view';
import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import { listCorrections } from '@/lib/data/articles/corrections';
import { getArticleModifiedAt } from '@/lib/data/articles/modified-at';
import { getPreviewArticle } from '@/lib/data/articles/preview';
import { loadArticleFor } from '../load-article';

// Rendered per request for a signed-in reader with the right to read it: never cached, never indexed
// (next.config.js also sends Cache-Control: private, no-store for everything under /admin).
export const metadata: Metadata = { title: 'Xem trước', robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

export default async function PreviewArticlePage({ params }: Props) {
  const { id, resource } = await loadArticleFor(params, 'article:read');
  const article = getPreviewArticle(id);
  if (!article) notFound();
  const published = resource.status === 'published';
  // What readers would see, minus the view count: no beacon, so a preview is never a reading.
  return (
    <ArticleView
      article={article}
      modifiedAt={published ? getArticleModifiedAt(id) : null}
      corrections={listCorrections(id)}
      linkTags={published}
      notice={
        <p role="note" className="admin-message-success">
          Bản xem trước ({STATUS_LABELS[resource.status]}) — chỉ người trong tòa soạn xem được.
        </p>
      }
    />
  );
}
