import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { createArticle } from '@/lib/data/articles/create';
import { importScrapedArticle } from '@/lib/importer/import-article';
import { parseBylineLine } from '@/lib/importer/byline';
import { vietnamLocalToInstant } from '@/lib/vi/time';
import type { BlockNode } from '@/lib/article-body/schema';
import { figure, paragraph } from '@/lib/article-body/schema';
import { sections } from '@/db/schema';
import type { Db } from '@/db';
import { demoArticles } from './demo-articles';
import type { DemoPhoto } from './demo-photos';
import { DEMO_EVENT, seedDemoEvent } from './demo-event';
import { seedHomeFront } from './home-front';
import { seedDemoLive } from './demo-live';
import { seedDemoBlocks } from './demo-blocks';

const SECTIONS: { name: string; slug: string; description: string; children?: { name: string; slug: string; description: string }[] }[] = [
  { name: 'Thời sự', slug: 'thoi-su', description: 'Tin tức thời sự trong nước mới nhất.' },
  {
    name: 'Quốc phòng – An ninh',
    slug: 'quoc-phong-an-ninh',
    description: 'Quân đội, công nghiệp quốc phòng và an ninh trật tự.',
    children: [{ name: 'Công nghiệp quốc phòng', slug: 'cong-nghiep-quoc-phong', description: 'Nghiên cứu, sản xuất vũ khí và trang bị.' }],
  },
  { name: 'Kinh tế', slug: 'kinh-te', description: 'Thị trường, doanh nghiệp, tài chính và nông nghiệp.' },
  { name: 'Xã hội', slug: 'xa-hoi', description: 'Giáo dục, y tế, giao thông và đời sống.' },
  { name: 'Văn hóa', slug: 'van-hoa', description: 'Văn hóa, nghệ thuật, du lịch và di sản.' },
  { name: 'Thể thao', slug: 'the-thao', description: 'Bóng đá, thể thao trong nước và quốc tế.' },
  { name: 'Quốc tế', slug: 'quoc-te', description: 'Tin tức thế giới.' },
];

export const SEED_ARTICLE_FILE = path.join(process.cwd(), 'scripts/seed/000_10e26498346ff05c.txt');
export const SEED_ARTICLE_TITLE = 'Tổng cục Công nghiệp Quốc phòng sơ kết công tác 6 tháng đầu năm 2023';
// The source gives no date; the conference it reports was held in mid-July 2023.
const SEED_ARTICLE_PUBLISHED_AT = vietnamLocalToInstant('2023-07-14T10:25')!;

// The illustration follows the first paragraph; its caption and credit come from the library.
function demoBody(article: (typeof demoArticles)[number], photo: DemoPhoto | undefined): BlockNode[] {
  const blocks: BlockNode[] = [];
  article.paragraphs.forEach((text, index) => {
    blocks.push(paragraph(text));
    if (photo && index === 0) blocks.push(figure('', '', photo.mediaId));
    if (article.subheading?.afterParagraph === index) {
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: article.subheading.text }] });
    }
    if (article.quote && index === 1) {
      blocks.push({ type: 'blockquote', content: [paragraph(article.quote)] });
    }
  });
  return blocks;
}

/** True for a database that has never been seeded (no sections yet). */
export function needsSeed(db: Db): boolean {
  const [{ total } = { total: 0 }] = db.select({ total: count() }).from(sections).all();
  return total === 0;
}

/**
 * Fills an empty database with sections, demo articles and the imported seed article. `photos`
 * (scripts/seed/demo-photos.ts, one per demo article) illustrate the demo articles: each in its body,
 * and every other one as its cover too, so the front shows both ways an article gets its photo.
 * The seed article keeps the placeholders of the photos its source lost. The home's front is
 * curated from the demo articles (home-front.ts), and three of them make a demo event (demo-event.ts).
 * Last comes an article of every body block (demo-blocks.ts).
 */
export function seedDatabase(db: Db, now = new Date(), photos: DemoPhoto[] = []): boolean {
  if (!needsSeed(db)) return false;

  const sectionIds = new Map<string, number>();
  SECTIONS.forEach((section, position) => {
    const { id } = db
      .insert(sections)
      .values({ name: section.name, slug: section.slug, description: section.description, position })
      .returning({ id: sections.id })
      .get();
    sectionIds.set(section.slug, id);
    section.children?.forEach((child, childPosition) => {
      const inserted = db
        .insert(sections)
        .values({ ...child, parentId: id, position: childPosition })
        .returning({ id: sections.id })
        .get();
      sectionIds.set(child.slug, inserted.id);
    });
  });

  const demoIds = new Map<string, number>();
  demoArticles.forEach((article, index) => {
    const sectionId = sectionIds.get(article.section);
    if (!sectionId) throw new Error(`Demo article in unknown section ${article.section}`);
    const photo = photos[index];
    const { id } = createArticle({
      title: article.title,
      lead: article.lead,
      body: { type: 'doc', content: demoBody(article, photo) },
      status: 'published',
      sectionId,
      publishedAt: new Date(now.getTime() - article.hoursAgo * 3_600_000),
      bylines: parseBylineLine(
        article.bylineLabel === 'Theo' ? `Theo ${article.author}` : `${article.bylineLabel}: ${article.author}`,
      ) ?? [],
      tags: [...article.tags, 'Bài mẫu'],
      coverMediaId: photo && index % 2 === 0 ? photo.mediaId : null,
    });
    demoIds.set(article.title, id);
  });

  importScrapedArticle(fs.readFileSync(SEED_ARTICLE_FILE, 'utf8'), {
    title: SEED_ARTICLE_TITLE,
    sectionSlug: 'cong-nghiep-quoc-phong',
    publish: true,
    publishedAt: SEED_ARTICLE_PUBLISHED_AT,
  });
  seedHomeFront(demoIds);
  const coverIndex = demoArticles.findIndex((article) => article.title === DEMO_EVENT.titles[0]);
  seedDemoEvent(demoIds, photos[coverIndex]?.mediaId ?? null);
  seedDemoLive(sectionIds.get('the-thao')!, now);
  seedDemoBlocks(sectionIds.get('kinh-te')!, photos, now);
  return true;
}
