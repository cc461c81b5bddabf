import { PlainAnchor } from '@/app/ui/anchor';
import { ArticleView } from '@/app/ui/article-view';
import { getArticleCorrections } from '@/lib/data/articles/corrections';
import { getArticlePage } from '@/lib/data/public-pages';
import { getArticleModified } from '@/lib/data/public-seo';
import { absoluteUrl } from '@/lib/seo/site';
import { liteArticlePath, parseArticleSegment } from '@/lib/urls';
import { LiteDocument } from './lite-document';
import { LITE_CSP } from './lite-styles';
import { renderHtmlDocument } from '@/app/ui/static-markup';

// The lite article for slow phones and data plans: the article's own markup (app/ui/article-view.tsx)
// as a document with no JavaScript at all. Cached like the article page: rendered on the first
// request from the same cached reads, so a publish, edit, correction or takedown that expires the
// article's tags reaches this copy as well.
export const dynamic = 'force-static';

export async function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ section: string; article: string }> };

function html(document: string, status = 200): Response {
  return new Response(document, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': LITE_CSP },
  });
}

function missingArticle(): Response {
  const page = (
    <LiteDocument title="Không tìm thấy trang" canonicalUrl={absoluteUrl('/')}>
      <h1>Không tìm thấy trang</h1>
      <p>
        Bài viết không tồn tại hoặc đã được gỡ. <PlainAnchor href="/">Về trang chủ</PlainAnchor>
      </p>
    </LiteDocument>
  );
  return html(renderHtmlDocument(page), 404);
}

export async function GET(_request: Request, { params }: Context) {
  const { section, article: segment } = await params;
  const parsed = parseArticleSegment(segment);
  const data = parsed ? await getArticlePage(parsed.id) : null;
  if (!data) return missingArticle();
  const { article } = data;
  // The id decides, as on the full article: any other section or slug goes to the one lite URL.
  if (`/${section}/${segment}` !== article.path) {
    return new Response(null, { status: 308, headers: { Location: encodeURI(liteArticlePath(article.path)) } });
  }
  const [modifiedAt, corrections] = await Promise.all([getArticleModified(article.id), getArticleCorrections(article.id)]);
  const page = (
    <LiteDocument
      title={article.seoTitle || article.title}
      description={article.seoDescription || article.lead}
      canonicalUrl={absoluteUrl(article.path)}
    >
      <ArticleView
        article={article}
        modifiedAt={modifiedAt}
        corrections={corrections}
        linkTags
        photos="on-tap"
        otherVersion={{ href: article.path, label: 'Bản đầy đủ' }}
        link={PlainAnchor}
      />
    </LiteDocument>
  );
  return html(renderHtmlDocument(page));
}
