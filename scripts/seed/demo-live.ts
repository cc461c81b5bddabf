import { paragraph } from '@/lib/article-body/schema';
import { createArticle } from '@/lib/data/articles/create';
import { endLive, startLive } from '@/lib/data/live/coverage';
import { addLivePost } from '@/lib/data/live/posts';
import { parseBylineLine } from '@/lib/importer/byline';

// One ended live page, so a fresh install shows live coverage: its summary, "Diễn biến chính",
// a pinned post and fifteen posts with "Xem thêm". Written for this project and marked as a demo
// in its headline, lead, tag and posts' byline.

export const DEMO_LIVE_TITLE = 'Tường thuật trực tiếp: Hội thao quân sự toàn quân (bài mẫu)';

const POSTS: { minute: number; text: string; title?: string; key?: boolean; pinned?: boolean }[] = [
  { minute: 0, text: 'Chào bạn đọc. Đây là trang tường thuật mẫu (demo) của Tòa soạn, viết để minh họa tính năng tường thuật trực tiếp.' },
  { minute: 6, text: 'Các khối vận động viên đã tập trung tại sân vận động, thời tiết nắng nhẹ, gió mát.' },
  { minute: 12, title: 'Khai mạc hội thao', text: 'Ban tổ chức tuyên bố khai mạc hội thao với 12 đoàn tham dự.', key: true },
  { minute: 18, text: 'Nội dung đầu tiên là bắn súng tiểu liên, bài bắn ban ngày.' },
  { minute: 25, text: 'Đoàn số 3 tạm dẫn đầu nội dung bắn súng sau lượt đầu.' },
  { minute: 33, text: 'Cổ động viên các đơn vị cổ vũ sôi nổi trên khán đài.' },
  { minute: 41, title: 'Kỷ lục mới ở nội dung chạy vũ trang', text: 'Vận động viên đoàn số 7 lập kỷ lục hội thao ở nội dung chạy vũ trang 3.000 m.', key: true },
  { minute: 49, text: 'Nội dung bơi vũ trang bắt đầu tại bể bơi phía đông.' },
  { minute: 57, text: 'Ban tổ chức nhắc cổ động viên uống đủ nước trong thời tiết nắng.' },
  { minute: 66, text: 'Đoàn số 1 và đoàn số 7 đang bám đuổi nhau sát nút trên bảng tổng sắp.' },
  { minute: 74, title: 'Đoàn số 7 vươn lên dẫn đầu', text: 'Sau nội dung bơi vũ trang, đoàn số 7 vươn lên dẫn đầu bảng tổng sắp.', key: true },
  { minute: 83, text: 'Nội dung cuối cùng trong ngày là vượt vật cản.' },
  { minute: 95, text: 'Các vận động viên hoàn thành nội dung vượt vật cản an toàn, không có chấn thương.' },
  { minute: 104, title: 'Bế mạc ngày thi đấu', text: 'Ban tổ chức trao giải các nội dung trong ngày. Đoàn số 7 giữ vị trí dẫn đầu.', key: true },
  { minute: 110, text: 'Trang tường thuật mẫu kết thúc tại đây. Cảm ơn bạn đọc đã theo dõi.', pinned: true },
];

/** Creates the demo live article in a section, with its posts, and ends its coverage. */
export function seedDemoLive(sectionId: number, now: Date): number {
  const startedAt = new Date(now.getTime() - 9 * 24 * 3_600_000);
  const { id } = createArticle({
    title: DEMO_LIVE_TITLE,
    lead: 'Bài mẫu (demo) minh họa trang tường thuật trực tiếp: diễn biến một ngày hội thao giả định, cập nhật theo từng phút.',
    body: { type: 'doc', content: [paragraph('Nội dung dưới đây là dữ liệu mẫu, không phải tin thật. Mọi tên đoàn và kết quả đều giả định.')] },
    status: 'published',
    sectionId,
    publishedAt: startedAt,
    bylines: parseBylineLine('Nhóm phóng viên: Tòa soạn (demo)') ?? [],
    tags: ['Bài mẫu'],
  });
  startLive({ articleId: id, userId: null, now: startedAt });
  for (const post of POSTS) {
    const at = new Date(startedAt.getTime() + post.minute * 60_000);
    const outcome = addLivePost({
      articleId: id,
      fields: { title: post.title ?? null, body: { type: 'doc', content: [paragraph(post.text)] }, keyEvent: post.key ?? false, pinned: post.pinned ?? false },
      userId: null,
      asDraft: false,
      now: at,
    });
    if (!outcome.ok) throw new Error(`Demo live post not added: ${outcome.reason}`);
  }
  endLive({ articleId: id, now: new Date(startedAt.getTime() + 115 * 60_000) });
  return id;
}
