import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/app/ui/article-list';
import { getAuthorPage, PAGE_SIZE } from '@/lib/data/public-pages';
import { parsePageNumber } from '@/lib/paging';

export async function AuthorPage({ slug, rawPage }: { slug: string; rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getAuthorPage(slug, page);
  if (!data || page === null || (page > 1 && data.page.items.length === 0)) notFound();
  return (
    <ArticleList
      title={`Tác giả: ${data.author.name}`}
      description={data.author.bio}
      basePath={data.author.path}
      articles={data.page.items}
      page={page}
      total={data.page.total}
      pageSize={PAGE_SIZE}
    />
  );
}

export async function authorMetadata(slug: string, rawPage?: string): Promise<Metadata> {
  const page = parsePageNumber(rawPage) ?? 1;
  const data = await getAuthorPage(slug, page);
  if (!data) return {};
  return {
    title: `Tác giả ${data.author.name}`,
    description: `Các bài viết của ${data.author.name}`,
    alternates: { canonical: page > 1 ? `${data.author.path}?trang=${page}` : data.author.path },
  };
}
