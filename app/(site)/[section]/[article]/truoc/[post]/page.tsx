import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { LivePostList } from '@/app/ui/live/live-post';
import { MissingPage } from '@/app/ui/missing-page';
import { notFoundMetadata } from '@/app/ui/not-found-content';
import { getArticlePage } from '@/lib/data/public-pages';
import { getPublicLivePage } from '@/lib/data/live/public';
import { alternatesFor } from '@/lib/seo/metadata';
import { parseArticleSegment } from '@/lib/urls';

// "Xem thêm" on a live page: `{article}?truoc={postId}` (rewritten here by next.config.js, so each
// page is cached like the article) lists the posts older than that one. The article is canonical.

type Props = { params: Promise<{ section: string; article: string; post: string }> };

export async function generateStaticParams() {
  return [];
}

async function load(params: Props['params']) {
  const { section, article, post } = await params;
  const segment = parseArticleSegment(article);
  const postId = Number(post);
  if (!segment || !Number.isSafeInteger(postId) || postId <= 0) return null;
  const data = await getArticlePage(segment.id);
  const live = data && (await getPublicLivePage(segment.id, postId));
  return data && live && { article: data.article, live, postId, isCanonical: `/${section}/${article}` === data.article.path };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return notFoundMetadata;
  return {
    title: `${loaded.article.title} — Các cập nhật trước`,
    alternates: alternatesFor(loaded.article.path),
    robots: { index: false, follow: true },
  };
}

export default async function OlderLivePostsPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) return <MissingPage />;
  const { article, live, postId, isCanonical } = loaded;
  if (!isCanonical) permanentRedirect(encodeURI(`${article.path}?truoc=${postId}`));
  return (
    <div className="live-older">
      <p>
        <a href={article.path}>← {article.title}</a>
      </p>
      <h1 className="live-older-title">Các cập nhật trước</h1>
      <div className="live-stream">
        <LivePostList posts={live.posts} olderBefore={live.olderBefore} articlePath={article.path} />
      </div>
    </div>
  );
}
