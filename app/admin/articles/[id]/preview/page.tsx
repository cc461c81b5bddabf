import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/app/ui/article-body';
import { Breadcrumb } from '@/app/ui/breadcrumb';
import { Byline } from '@/app/ui/byline';
import { NewsTime } from '@/app/ui/news-time';
import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import { getPreviewArticle } from '@/lib/articles/preview';
import { loadArticleFor } from '../load-article';

// Rendered per request for a signed-in reader with the right to read it: never cached, never indexed
// (next.config.js also sends Cache-Control: private, no-store for everything under /admin).
export const metadata: Metadata = { title: 'Xem trước', robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

export default async function PreviewArticlePage({ params }: Props) {
  const { id, resource } = await loadArticleFor(params, 'article:read');
  const article = getPreviewArticle(id);
  if (!article) notFound();
  const crumbs = [...(article.sectionParent ? [article.sectionParent] : []), article.section];
  return (
    <>
      <p role="note" className="admin-message-success">
        Bản xem trước ({STATUS_LABELS[resource.status]}) — chỉ người trong tòa soạn xem được.
      </p>
      <article className="article">
        <Breadcrumb items={crumbs} />
        <header>
          <h1 className="article-title">{article.title}</h1>
          <p className="date-line">
            <NewsTime iso={article.publishedAt} />
          </p>
          {article.lead && <p className="article-lead">{article.lead}</p>}
        </header>
        <ArticleBody blocks={article.body.content} figureMedia={article.figureMedia} />
        <Byline bylines={article.bylines} />
        {article.tags.length > 0 && <p>Chủ đề: {article.tags.map((t) => t.name).join(', ')}</p>}
      </article>
    </>
  );
}
