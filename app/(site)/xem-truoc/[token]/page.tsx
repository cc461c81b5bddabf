import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/app/ui/article-view';
import { getPreviewArticle } from '@/lib/data/articles/preview';
import { resolvePreviewToken } from '@/lib/data/articles/preview-links';
import { formatDateTime } from '@/lib/vi/time';

// A shareable preview of an unpublished article (lib/data/articles/preview-links.ts): whoever
// holds the link reads the article as readers will, and nothing else of the newsroom. Rendered
// per request (a revoked or expired link answers 404 at once; dynamic answers are `private,
// no-store`, which nginx never keeps), never indexed, and the token never leaves in a Referer.
// Forced dynamic: the site's @nav slot pre-renders its paths, which made this route a static one.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Bản xem trước',
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: 'no-referrer',
};

type Props = { params: Promise<{ token: string }> };

export default async function SharedPreviewPage({ params }: Props) {
  const link = resolvePreviewToken(decodeURIComponent((await params).token));
  if (!link.ok) notFound();
  const article = getPreviewArticle(link.articleId);
  if (!article) notFound();
  return (
    <ArticleView
      article={article}
      modifiedAt={null}
      corrections={[]}
      linkTags={false}
      notice={
        <p role="note" className="preview-link-notice">
          Bản xem trước, chưa đăng. Liên kết hết hạn lúc {formatDateTime(new Date(link.expiresAt))} và có thể bị thu
          hồi bất cứ lúc nào; xin đừng chia sẻ tiếp.
        </p>
      }
    />
  );
}
