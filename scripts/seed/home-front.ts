import { listSections } from '@/lib/data/sections';
import { defaultHomeFront } from '@/lib/data/fronts/defaults';
import { publishFront } from '@/lib/data/fronts/store';
import { HOME_FRONT_KEY, type FrontCard, type FrontDocument } from '@/lib/domain/front-document';

// The demo site's home is curated, so a fresh install shows what fronts do: a hand-picked lead with
// a headline written for the front only, and a "Tiêu điểm" row an editor chose, above the default
// blocks (latest news, most read, one block per section) that fill themselves.

const LEAD = {
  title: 'Khởi công đoạn đầu tiên tuyến đường sắt tốc độ cao qua địa bàn Hà Nội',
  headline: 'Đường sắt tốc độ cao: khởi công 28 km đầu tiên qua Hà Nội',
};

/** Older stories from several sections, so the row is visibly chosen rather than the latest. */
const HIGHLIGHTS = [
  'Nhiều ngân hàng giảm lãi suất cho vay, hỗ trợ doanh nghiệp nhỏ và vừa',
  'Thanh niên tình nguyện làm đường, xây cầu dân sinh cho vùng cao Cao Bằng',
  'Triển lãm sơn mài đương đại kể chuyện phố phường Hà Nội xưa và nay',
  'Nắng nóng kỷ lục bao trùm châu Âu, nhiều nước phát cảnh báo đỏ',
];

const card = (articleId: number, fields: Partial<FrontCard> = {}): FrontCard => ({
  articleId,
  pinnedUntil: null,
  headline: null,
  lead: null,
  mediaId: null,
  ...fields,
});

/** Publishes the demo home front; `articleIds` maps the demo articles' titles to their ids. */
export function seedHomeFront(articleIds: Map<string, number>): void {
  const idOf = (title: string) => {
    const id = articleIds.get(title);
    if (id === undefined) throw new Error(`The demo front names a demo article that does not exist: ${title}`);
    return id;
  };
  const [lead, ...rest] = defaultHomeFront(listSections()).containers;
  if (!lead) throw new Error('The default home front has no lead');
  const document: FrontDocument = {
    containers: [
      { ...lead, cards: [card(idOf(LEAD.title), { headline: LEAD.headline })] },
      {
        id: 'tieu-diem',
        name: 'Tiêu điểm',
        showName: true,
        layout: 'featured',
        slots: HIGHLIGHTS.length,
        cards: HIGHLIGHTS.map((title) => card(idOf(title))),
        backfill: { kind: 'none' },
      },
      ...rest,
    ],
  };
  const published = publishFront(HOME_FRONT_KEY, document, 0, null);
  if (!published.ok) throw new Error('The demo home front could not be published');
}
