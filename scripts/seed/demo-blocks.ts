import type { BlockNode } from '@/lib/article-body/schema';
import { figure, paragraph } from '@/lib/article-body/schema';
import { createArticle } from '@/lib/data/articles/create';
import { parseBylineLine } from '@/lib/importer/byline';
import type { DemoPhoto } from './demo-photos';

// One article that shows every kind of body block a reader may meet: a table with a header row and
// caption, a photo gallery, an embed of each platform (facades until a reader asks), a pull quote
// and an info box. Written for this project and marked as a demo; published ten days back, so it
// sits below the demo news in every listing.

export const DEMO_BLOCKS_TITLE = 'Cà phê Tây Nguyên vào vụ mới: bảng số liệu, ảnh và bản đồ (bài mẫu)';

const cell = (type: 'tableCell' | 'tableHeader', text: string) => ({ type, content: [paragraph(text)] });
const row = (type: 'tableCell' | 'tableHeader', ...texts: string[]) => ({ type: 'tableRow' as const, content: texts.map((t) => cell(type, t)) });
const embed = (provider: string, url: string, title: string) => ({ type: 'embed', attrs: { provider, url, title } }) as BlockNode;

function body(photos: DemoPhoto[]): BlockNode[] {
  const gallery = photos.slice(0, 4).map((photo, i) => figure(`Ảnh minh họa số ${i + 1} của bộ ảnh mẫu.`, 'Ảnh minh họa (demo)', photo.mediaId));
  return [
    paragraph('Bài mẫu (demo) này minh họa các khối nội dung của Tòa soạn. Số liệu và trích dẫn dưới đây là giả định, không phải tin thật.'),
    {
      type: 'table',
      attrs: { caption: 'Sản lượng cà phê ước tính theo tỉnh (số liệu mẫu)' },
      content: [
        row('tableHeader', 'Tỉnh', 'Diện tích (ha)', 'Sản lượng (tấn)', 'So với vụ trước'),
        row('tableCell', 'Đắk Lắk', '213.000', '550.000', '+3%'),
        row('tableCell', 'Lâm Đồng', '176.000', '480.000', '+2%'),
        row('tableCell', 'Gia Lai', '104.000', '300.000', '−1%'),
        row('tableCell', 'Đắk Nông', '141.000', '360.000', '+4%'),
      ],
    } as BlockNode,
    paragraph('Những ngày đầu vụ, các hợp tác xã tập trung thu hái quả chín và phơi trên sân gạch.'),
    ...(gallery.length > 0 ? [{ type: 'gallery', content: gallery } as BlockNode] : []),
    {
      type: 'pullQuote',
      attrs: { attribution: 'Một chủ nhiệm hợp tác xã (nhân vật giả định)' },
      content: [paragraph('Chỉ hái quả chín thì giá bán cao hơn hẳn, công sức bỏ ra là xứng đáng.')],
    } as BlockNode,
    {
      type: 'infoBox',
      attrs: { title: 'Hộp thông tin: cà phê Robusta' },
      content: [
        paragraph('Robusta chiếm phần lớn diện tích cà phê ở Tây Nguyên.'),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph('Thu hoạch: tháng 10 đến tháng 1.')] },
            { type: 'listItem', content: [paragraph('Độ cao trồng phù hợp: 500–800 m.')] },
          ],
        },
      ],
    } as BlockNode,
    paragraph('Bạn đọc có thể xem video, bài đăng và bản đồ dưới đây; nội dung chỉ tải từ nền tảng khi bạn bấm xem.'),
    embed('youtube', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'Video mẫu: mùa thu hoạch cà phê'),
    embed('facebook', 'https://www.facebook.com/facebook/posts/10153231379946729', 'Bài đăng Facebook mẫu'),
    embed('tiktok', 'https://www.tiktok.com/@tiktok/video/6718335390845095173', 'Video TikTok mẫu'),
    embed('x', 'https://x.com/X/status/1683920951807971329', 'Bài đăng X mẫu'),
    embed('google-maps', 'https://www.google.com/maps?q=Bu%C3%B4n%20Ma%20Thu%E1%BB%99t', 'Bản đồ: Buôn Ma Thuột'),
  ];
}

/** Creates the demo article of every body block in a section, illustrated with the demo photos. */
export function seedDemoBlocks(sectionId: number, photos: DemoPhoto[], now: Date): number {
  const { id } = createArticle({
    title: DEMO_BLOCKS_TITLE,
    lead: 'Bài mẫu (demo) minh họa bảng, bộ ảnh, nội dung nhúng, trích dẫn nổi bật và hộp thông tin trong một bài viết.',
    body: { type: 'doc', content: body(photos) },
    status: 'published',
    sectionId,
    publishedAt: new Date(now.getTime() - 10 * 24 * 3_600_000),
    bylines: parseBylineLine('Bài mẫu: Tòa soạn') ?? [],
    tags: ['Bài mẫu'],
    coverMediaId: photos[0]?.mediaId ?? null,
  });
  return id;
}
