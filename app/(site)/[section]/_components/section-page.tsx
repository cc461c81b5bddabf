import type { Metadata } from 'next';
import { ArticleList } from '@/app/ui/article-list';
import { Breadcrumb } from '@/app/ui/breadcrumb';
import { FrontView } from '@/app/ui/front/front-view';
import { BreadcrumbJsonLd } from '@/app/ui/json-ld/breadcrumb-json-ld';
import { MissingPage } from '@/app/ui/missing-page';
import { notFoundMetadata } from '@/app/ui/not-found-content';
import { env } from '@/lib/env';
import { getSectionPage, PAGE_SIZE } from '@/lib/data/public-pages';
import { getSectionFrontPage } from '@/lib/data/fronts/public';
import { pageMetadata } from '@/lib/seo/metadata';
import { sectionFeedPath } from '@/lib/seo/site';
import { parsePageNumber } from '@/lib/paging';

/**
 * Renders page N of a section; shared by /{section} and its ?trang=N rewrite. Page 1 shows the
 * section's front, when an editor has published one with containers, above the listing.
 */
export async function SectionPage({ slug, rawPage }: { slug: string; rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getSectionPage(slug, page);
  if (!data || page === null || (page > 1 && data.page.items.length === 0)) return <MissingPage />;
  const { section } = data;
  const front = page === 1 ? await getSectionFrontPage(section, PAGE_SIZE) : null;
  const curated = front !== null && front.front.containers.some((c) => c.items.length > 0 || c.layout === 'most-read');
  return (
    <ArticleList
      title={section.name}
      description={section.description}
      basePath={section.path}
      articles={curated ? front.page.items : data.page.items}
      page={page}
      total={data.page.total}
      pageSize={PAGE_SIZE}
      lead={curated ? { content: <FrontView front={front.front} />, listTitle: 'Tin mới nhất' } : undefined}
    >
      <BreadcrumbJsonLd items={[...(section.parent ? [section.parent] : []), section]} />
      {section.parent && <Breadcrumb items={[section.parent]} />}
      {section.children.length > 0 && (
        <nav aria-label={`Mục con của ${section.name}`} className="subsections">
          <ul>
            {section.children.map((child) => (
              <li key={child.id}>
                <a href={child.path}>{child.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </ArticleList>
  );
}

export async function sectionMetadata(slug: string, rawPage?: string): Promise<Metadata> {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getSectionPage(slug, page);
  if (!data || page === null || (page > 1 && data.page.items.length === 0)) return notFoundMetadata;
  const { section } = data;
  return pageMetadata({
    title: page > 1 ? `${section.name} – Trang ${page}` : section.name,
    description: section.description ?? `Tin tức ${section.name} mới nhất trên ${env.SITE_NAME}.`,
    path: page > 1 ? `${section.path}?trang=${page}` : section.path,
    feeds: [{ title: `${section.name} — Tin mới nhất`, path: sectionFeedPath(section.slug) }],
  });
}
