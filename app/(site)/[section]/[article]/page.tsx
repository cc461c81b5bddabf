import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { ArticleCard } from '@/app/ui/article-card';
import { ArticleView } from '@/app/ui/article-view';
import { MissingPage } from '@/app/ui/missing-page';
import { MostRead } from '@/app/ui/most-read';
import { ShareLinks } from '@/app/ui/share-links';
import { notFoundMetadata } from '@/app/ui/not-found-content';
import { ViewBeacon } from '@/app/ui/view-beacon';
import { BreadcrumbJsonLd } from '@/app/ui/json-ld/breadcrumb-json-ld';
import { NewsArticleJsonLd } from '@/app/ui/json-ld/news-article-json-ld';
import { LiveBlogJsonLd } from '@/app/ui/live/live-blog-json-ld';
import { LiveCoverage } from '@/app/ui/live/live-coverage';
import { getPublicLivePage } from '@/lib/data/live/public';
import { getArticlePage, getSameEventBoxes } from '@/lib/data/public-pages';
import { getArticleModified } from '@/lib/data/public-seo';
import { getArticleCorrections } from '@/lib/data/articles/corrections';
import { w3cDateTime } from '@/lib/vi/time';
import { articleCredits, shareImage } from '@/lib/seo/article-seo';
import { writerNames } from '@/lib/seo/credits';
import { articleMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, liveFeedPath, sectionFeedPath } from '@/lib/seo/site';
import { liteArticlePath, parseArticleSegment } from '@/lib/urls';

type Props = { params: Promise<{ section: string; article: string }> };

export async function generateStaticParams() {
  return [];
}

async function load(params: Props['params']) {
  const { section, article } = await params;
  const segment = parseArticleSegment(article);
  const data = segment ? await getArticlePage(segment.id) : null;
  return data && { data, isCanonical: `/${section}/${article}` === data.article.path };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Only the page redirects, and only the page answers 404 (app/ui/missing-page.tsx): thrown
  // here, outside any Suspense boundary, notFound() gets an empty error shell instead of the 404 page.
  const loaded = await load(params);
  if (!loaded) return notFoundMetadata;
  const { data } = loaded;
  const { article } = data;
  const modifiedAt = (await getArticleModified(article.id)) ?? article.publishedAt;
  const section = article.section;
  // A live page also offers its posts as a feed.
  const live = await getPublicLivePage(article.id);
  return articleMetadata(
    {
      title: article.seoTitle || article.title,
      description: article.seoDescription || article.lead,
      path: article.path,
      publishedAt: w3cDateTime(new Date(article.publishedAt)),
      modifiedAt: w3cDateTime(new Date(modifiedAt)),
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      authors: writerNames(articleCredits(article)),
      image: shareImage(article),
    },
    [
      { title: `${section.name} — Tin mới nhất`, path: sectionFeedPath(section.slug) },
      ...(live ? [{ title: `${article.title} — Tường thuật trực tiếp`, path: liveFeedPath(article.id) }] : []),
    ],
  );
}

export default async function ArticlePage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) return <MissingPage />;
  const { data, isCanonical } = loaded;
  // The id decides; any other section or slug is an old or mistyped link to the one true URL.
  if (!isCanonical) permanentRedirect(encodeURI(data.article.path));
  const { article, related } = data;
  const crumbs = [...(article.sectionParent ? [article.sectionParent] : []), article.section];
  const modifiedAt = (await getArticleModified(article.id)) ?? article.publishedAt;
  const corrections = await getArticleCorrections(article.id);
  const live = await getPublicLivePage(article.id);
  const sameEvent = await getSameEventBoxes(article.id);
  return (
    <div className="article-layout">
      <NewsArticleJsonLd article={article} modifiedAt={w3cDateTime(new Date(modifiedAt))} />
      <BreadcrumbJsonLd items={[...crumbs, { name: article.title, path: article.path }]} />
      {live && (
        <LiveBlogJsonLd title={article.title} lead={article.lead} path={article.path} live={live} />
      )}
      <div className="article-main">
        <ArticleView
          article={article}
          modifiedAt={modifiedAt}
          corrections={corrections}
          linkTags
          otherVersion={{ href: liteArticlePath(article.path), label: 'Bản nhẹ' }}
          share={<ShareLinks url={absoluteUrl(article.path)} title={article.title} />}
          sameEvent={sameEvent}
        />
        {live && <LiveCoverage articleId={article.id} path={article.path} live={live} />}
      </div>
      <div className="article-aside">
        {related.length > 0 && (
          <aside aria-labelledby="tin-lien-quan" className="related">
            <h2 id="tin-lien-quan" className="block-title">
              Tin liên quan
            </h2>
            <div className="card-list">
              {related.map((item) => (
                <ArticleCard key={item.id} article={item} showLead={false} />
              ))}
            </div>
          </aside>
        )}
        <MostRead />
      </div>
      <ViewBeacon articleId={article.id} />
    </div>
  );
}
