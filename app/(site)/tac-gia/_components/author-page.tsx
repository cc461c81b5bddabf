import type { Metadata } from 'next';
import { ArticleList } from '@/app/ui/article-list';
import { BreadcrumbJsonLd } from '@/app/ui/json-ld/breadcrumb-json-ld';
import { MissingPage } from '@/app/ui/missing-page';
import { notFoundMetadata } from '@/app/ui/not-found-content';
import { env } from '@/lib/env';
import { pageMetadata } from '@/lib/seo/metadata';
import { getAuthorPage, PAGE_SIZE } from '@/lib/data/public-pages';
import { parsePageNumber } from '@/lib/paging';
import { AuthorProfileHeader, AuthorProfileJsonLd } from './author-profile';

export async function AuthorPage({ slug, rawPage }: { slug: string; rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getAuthorPage(slug, page);
  if (!data || page === null) return <MissingPage />;
  return (
    <ArticleList
      title={`Tác giả: ${data.author.name}`}
      basePath={data.author.path}
      articles={data.page.items}
      page={page}
      total={data.page.total}
      pageSize={PAGE_SIZE}
      lead={{ content: <AuthorProfileHeader author={data.author} />, listTitle: `Bài viết của ${data.author.name}` }}
    >
      <BreadcrumbJsonLd items={[{ name: data.author.name, path: data.author.path }]} />
      <AuthorProfileJsonLd author={data.author} />
    </ArticleList>
  );
}

export async function authorMetadata(slug: string, rawPage?: string): Promise<Metadata> {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getAuthorPage(slug, page);
  if (!data || page === null) return notFoundMetadata;
  return pageMetadata({
    title: page > 1 ? `Tác giả ${data.author.name} – Trang ${page}` : `Tác giả ${data.author.name}`,
    description: data.author.bio || `Các bài viết của ${data.author.name} trên ${env.SITE_NAME}.`,
    path: page > 1 ? `${data.author.path}?trang=${page}` : data.author.path,
  });
}
