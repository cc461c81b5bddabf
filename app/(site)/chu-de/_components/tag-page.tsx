import type { Metadata } from 'next';
import { ArticleList } from '@/app/ui/article-list';
import { BreadcrumbJsonLd } from '@/app/ui/json-ld/breadcrumb-json-ld';
import { MissingPage } from '@/app/ui/missing-page';
import { notFoundMetadata } from '@/app/ui/not-found-content';
import { env } from '@/lib/env';
import { pageMetadata } from '@/lib/seo/metadata';
import { getTagPage, PAGE_SIZE } from '@/lib/data/public-pages';
import { parsePageNumber } from '@/lib/paging';

export async function TagPage({ slug, rawPage }: { slug: string; rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getTagPage(slug, page);
  if (!data || page === null) return <MissingPage />;
  return (
    <ArticleList
      title={`Chủ đề: ${data.tag.name}`}
      basePath={data.tag.path}
      articles={data.page.items}
      page={page}
      total={data.page.total}
      pageSize={PAGE_SIZE}
    >
      <BreadcrumbJsonLd items={[{ name: `Chủ đề ${data.tag.name}`, path: data.tag.path }]} />
    </ArticleList>
  );
}

export async function tagMetadata(slug: string, rawPage?: string): Promise<Metadata> {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getTagPage(slug, page);
  if (!data || page === null) return notFoundMetadata;
  return pageMetadata({
    title: page > 1 ? `Chủ đề ${data.tag.name} – Trang ${page}` : `Chủ đề ${data.tag.name}`,
    description: `Tin tức về ${data.tag.name} trên ${env.SITE_NAME}.`,
    path: page > 1 ? `${data.tag.path}?trang=${page}` : data.tag.path,
  });
}
