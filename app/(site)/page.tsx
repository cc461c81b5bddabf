import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard, CardGrid } from '@/app/ui/article-card';
import { WebSiteJsonLd } from '@/app/ui/json-ld/website-json-ld';
import { env } from '@/lib/env';
import { getHomePage } from '@/lib/data/public-pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { SITE_DESCRIPTION } from '@/lib/seo/site';
import { MostRead } from '@/app/ui/most-read';

export function generateMetadata(): Metadata {
  const title = `${env.SITE_NAME} — Tin tức Việt Nam`;
  return { ...pageMetadata({ title, description: SITE_DESCRIPTION, path: '/' }), title: { absolute: title } };
}

export default async function HomePage() {
  const { latest, sectionBlocks } = await getHomePage();
  const [lead, ...rest] = latest;
  return (
    <div className="home">
      <WebSiteJsonLd />
      <h1 className="visually-hidden">Tin tức mới nhất</h1>
      {lead && (
        <section aria-labelledby="tin-chinh">
          <h2 id="tin-chinh" className="visually-hidden">
            Tin chính
          </h2>
          {/* The largest thing above the fold: its photo is fetched first, never lazily. */}
          <ArticleCard article={lead} layout="lead" showSection priority />
        </section>
      )}
      <section aria-labelledby="tin-moi" className="latest">
        <h2 id="tin-moi" className="block-title">
          Tin mới
        </h2>
        <CardGrid>
          {rest.map((article) => (
            <ArticleCard key={article.id} article={article} layout="tile" showSection showLead={false} />
          ))}
        </CardGrid>
      </section>
      <MostRead />
      {sectionBlocks
        .filter((block) => block.articles.length > 0)
        .map(({ section, articles }) => (
          <section key={section.id} aria-labelledby={`muc-${section.slug}`} className="section-block">
            <h2 id={`muc-${section.slug}`} className="block-title">
              <Link href={section.path}>{section.name}</Link>
            </h2>
            <CardGrid>
              {articles.map((article) => (
                <ArticleCard key={article.id} article={article} layout="tile" />
              ))}
            </CardGrid>
          </section>
        ))}
    </div>
  );
}
