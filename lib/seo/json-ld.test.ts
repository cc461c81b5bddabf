import { describe, expect, it } from 'vitest';
import { articleImages, shareImage } from './article-seo';
import { creditsToSchema } from './credits';
import { cropPath, cropSize } from '@/lib/media/crops';
import { clampDescription } from './metadata';
import { breadcrumbLd, clampHeadline, collectionPageLd, newsArticleLd, serializeJsonLd, webSiteLd, type Publisher } from './json-ld';
import { sitePublisher } from './site';

const publisher: Publisher = { name: 'Tòa soạn', url: 'https://toasoan.vn', logo: { url: 'https://toasoan.vn/logo-square.png', width: 512, height: 512 } };

const base = {
  url: 'https://toasoan.vn/cong-nghiep-quoc-phong/tong-cuc-21',
  headline: 'Tổng cục Công nghiệp Quốc phòng sơ kết công tác 6 tháng đầu năm 2023',
  description: 'Sáng 14-7, Tổng cục Công nghiệp Quốc phòng tổ chức hội nghị.',
  datePublished: '2023-07-14T10:25:00+07:00',
  dateModified: '2023-07-15T08:00:00+07:00',
  section: 'Công nghiệp quốc phòng',
  keywords: ['Công nghiệp quốc phòng', 'Bài mẫu'],
  images: [],
  publisher,
};

describe('credits', () => {
  it('reads "Tin, ảnh" as one person who wrote and photographed, with the name in sentence case', () => {
    const schema = creditsToSchema([{ role: 'writer_photographer', label: 'Tin, ảnh', name: 'TRẦN ANH MINH', url: 'https://toasoan.vn/tac-gia/tran-anh-minh' }]);
    expect(schema.author).toEqual([
      { '@type': 'Person', name: 'Trần Anh Minh', url: 'https://toasoan.vn/tac-gia/tran-anh-minh', jobTitle: 'Phóng viên, phóng viên ảnh' },
    ]);
    expect(schema.contributor).toEqual([]);
    expect(schema.photographers).toEqual(['Trần Anh Minh']);
  });

  it('makes a photographer a contributor and a source the author only when no one on staff wrote it', () => {
    const both = creditsToSchema([
      { role: 'writer', label: 'Bài', name: 'Nguyễn Thu Hà', url: null },
      { role: 'photographer', label: 'Ảnh', name: 'Lê Văn Nam', url: null },
    ]);
    expect(both.author.map((a) => a.name)).toEqual(['Nguyễn Thu Hà']);
    expect(both.contributor.map((a) => a.name)).toEqual(['Lê Văn Nam']);
    const source = creditsToSchema([{ role: 'source', label: 'Theo', name: 'TTXVN', url: null }]);
    expect(source.author).toEqual([{ '@type': 'Organization', name: 'TTXVN' }]);
  });
});

describe('NewsArticle', () => {
  it('has every required and recommended property, without image when there is no photo', () => {
    const ld = newsArticleLd({ ...base, credits: [{ role: 'writer_photographer', label: 'Tin, ảnh', name: 'TRẦN ANH MINH', url: null }] });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': base.url },
      headline: base.headline,
      datePublished: base.datePublished,
      dateModified: base.dateModified,
      articleSection: 'Công nghiệp quốc phòng',
      keywords: 'Công nghiệp quốc phòng, Bài mẫu',
      inLanguage: 'vi',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Tòa soạn', logo: { '@type': 'ImageObject', url: 'https://toasoan.vn/logo-square.png', width: 512, height: 512 } },
    });
    expect(ld).not.toHaveProperty('image');
  });

  it('lists one image per aspect ratio with the photographer credited', () => {
    const images = [
      { url: 'https://toasoan.vn/anh/16x9/a.jpg', width: 1200, height: 675 },
      { url: 'https://toasoan.vn/anh/4x3/a.jpg', width: 1200, height: 900 },
      { url: 'https://toasoan.vn/anh/1x1/a.jpg', width: 1200, height: 1200 },
    ];
    const ld = newsArticleLd({ ...base, images, credits: [{ role: 'photographer', label: 'Ảnh', name: 'Lê Văn Nam', url: null }] });
    expect(ld.image).toHaveLength(3);
    expect((ld.image as { creditText: string }[])[0]!.creditText).toBe('Lê Văn Nam');
    // No writer credited: the paper is the author.
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'Tòa soạn', url: 'https://toasoan.vn/' }]);
  });

  it('cuts headlines longer than 110 characters at a word', () => {
    const long = 'Tin '.repeat(40).trim();
    const cut = clampHeadline(long);
    expect(cut.length).toBeLessThanOrEqual(110);
    expect(cut.endsWith('Tin…')).toBe(true);
  });
});

describe('other JSON-LD', () => {
  it('numbers breadcrumb items from 1', () => {
    expect(breadcrumbLd([{ name: 'Trang chủ', url: 'https://toasoan.vn/' }, { name: 'Thời sự', url: 'https://toasoan.vn/thoi-su' }])).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [{ position: 1, name: 'Trang chủ' }, { position: 2, item: 'https://toasoan.vn/thoi-su' }],
    });
  });

  it('gives the site a search action on /tim-kiem', () => {
    const ld = webSiteLd({ name: 'Tòa soạn', url: 'https://toasoan.vn', description: 'Báo', publisher });
    expect(ld.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://toasoan.vn/tim-kiem?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });

  it('describes an event page as a CollectionPage whose ItemList numbers the articles from the page’s first', () => {
    const ld = collectionPageLd({
      url: 'https://toasoan.vn/su-kien/bao-so-3?trang=2',
      name: 'Bão số 3',
      description: 'Diễn biến',
      siteUrl: 'https://toasoan.vn',
      items: [{ url: 'https://toasoan.vn/thoi-su/a-1', name: 'A' }, { url: 'https://toasoan.vn/thoi-su/b-2', name: 'B' }],
      firstPosition: 13,
    });
    expect(ld).toMatchObject({
      '@type': 'CollectionPage',
      url: 'https://toasoan.vn/su-kien/bao-so-3?trang=2',
      isPartOf: { '@id': 'https://toasoan.vn/#website' },
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          { '@type': 'ListItem', position: 13, url: 'https://toasoan.vn/thoi-su/a-1' },
          { '@type': 'ListItem', position: 14, url: 'https://toasoan.vn/thoi-su/b-2' },
        ],
      },
    });
  });

  it('escapes < so a headline cannot close the script tag', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('cover crops', () => {
  it('crops to each ratio without upscaling or exceeding 1,200 px', () => {
    expect(cropSize(4000, 3000, '16x9')).toEqual({ width: 1200, height: 675 });
    expect(cropSize(4000, 3000, '1x1')).toEqual({ width: 1200, height: 1200 });
    expect(cropSize(800, 600, '16x9')).toEqual({ width: 800, height: 450 });
    expect(cropSize(800, 600, '1x1')).toEqual({ width: 600, height: 600 });
  });

  it('gives three absolute crops of the photo, and share cards at the same ratios without one', () => {
    expect(cropPath('/media/2026/11/a.jpg', '4x3')).toBe('/anh/4x3/2026/11/a.jpg');
    const images = articleImages({ id: 7, photo: { src: '/media/2026/11/a.jpg', width: 2400, height: 1600, alt: '' } });
    expect(images.map((i) => i.url)).toEqual([
      'http://localhost:3000/anh/16x9/2026/11/a.jpg',
      'http://localhost:3000/anh/4x3/2026/11/a.jpg',
      'http://localhost:3000/anh/1x1/2026/11/a.jpg',
    ]);
    expect(articleImages({ id: 7, photo: null })).toEqual([
      { url: 'http://localhost:3000/anh/chia-se/16x9/7.png', width: 1200, height: 675 },
      { url: 'http://localhost:3000/anh/chia-se/4x3/7.png', width: 1200, height: 900 },
      { url: 'http://localhost:3000/anh/chia-se/1x1/7.png', width: 1200, height: 1200 },
    ]);
  });

  it('shares the 16:9 image with the photo\'s alt text, or the headline on a card', () => {
    const photo = { src: '/media/2026/11/a.jpg', width: 2400, height: 1600, alt: 'Lúa chín' };
    expect(shareImage({ id: 7, photo, title: 'Tin' })).toEqual({ url: 'http://localhost:3000/anh/16x9/2026/11/a.jpg', width: 1200, height: 675, alt: 'Lúa chín' });
    expect(shareImage({ id: 7, photo: null, title: 'Đắk Lắk mùa cà phê' })).toEqual({
      url: 'http://localhost:3000/anh/chia-se/16x9/7.png',
      width: 1200,
      height: 675,
      alt: 'Đắk Lắk mùa cà phê',
    });
  });

  it('puts the images into NewsArticle and a square publisher logo of at least 112 px', () => {
    const ld = newsArticleLd({ ...base, credits: [], images: articleImages({ id: 7, photo: null }), publisher: sitePublisher() });
    expect((ld['image'] as { url: string }[]).map((i) => i.url)).toEqual([
      'http://localhost:3000/anh/chia-se/16x9/7.png',
      'http://localhost:3000/anh/chia-se/4x3/7.png',
      'http://localhost:3000/anh/chia-se/1x1/7.png',
    ]);
    const logo = (ld['publisher'] as { logo: { width: number; height: number } }).logo;
    expect(Math.min(logo.width, logo.height)).toBeGreaterThanOrEqual(112);
  });
});

describe('descriptions', () => {
  it('shortens long leads at a word and keeps short ones', () => {
    expect(clampDescription('Tin  ngắn.\n')).toBe('Tin ngắn.');
    const long = clampDescription('Báo cáo trung tâm tại hội nghị cho thấy, '.repeat(10));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/,…$/);
  });
});
