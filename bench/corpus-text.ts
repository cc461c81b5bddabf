// Text material for bench/corpus.ts: sentences of the demo and seed articles, Vietnamese names
// and places, recombined by a seeded generator so every build yields the same corpus.
import fs from 'node:fs';
import path from 'node:path';
import { demoArticles } from '@/scripts/seed/demo-articles';

/** mulberry32: small, fast, seeded. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)]!;

const FAMILY = 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Tạ Trịnh Mai Lương Đoàn Vương Quách Cao La Lâm Chu Kiều Tô'.split(' ');
const MIDDLE = 'Văn Thị Đức Minh Anh Quang Hữu Thanh Ngọc Xuân Thu Hoài Bảo Gia Khánh Đình Công Kim Hải Trọng'.split(' ');
const GIVEN =
  'An Bình Châu Cường Dũng Đạt Điệp Đông Giang Hà Hải Hạnh Hiếu Hòa Hùng Hương Huy Khang Khoa Lan Linh Long Mai Minh Nam Nga Ngân Nghĩa Ngọc Nhung Phong Phúc Phương Quân Quyên Sơn Tâm Thảo Thắng Thành Thủy Tiến Trang Trí Trung Tú Tuấn Tùng Uyên Việt Vinh Xuân Yến Đào Đường Dương Khiêm Lộc Lực'.split(' ');
const PLACES =
  'Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|Huế|Quảng Ninh|Lạng Sơn|Cao Bằng|Lào Cai|Điện Biên|Lai Châu|Sơn La|Thái Nguyên|Phú Thọ|Bắc Ninh|Hưng Yên|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Trị|Quảng Ngãi|Gia Lai|Đắk Lắk|Lâm Đồng|Khánh Hòa|Đồng Nai|Tây Ninh|Đồng Tháp|Vĩnh Long|An Giang|Cà Mau|Tuyên Quang|Thành phố Hồ Chí Minh'.split('|');
const ROLES = ['Chủ tịch UBND', 'Giám đốc Sở Xây dựng', 'Phó Giám đốc Sở Y tế', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự', 'Bí thư Tỉnh ủy', 'Trưởng phòng Kinh tế', 'Giám đốc Công an'];

/** A plausible Vietnamese full name. */
export function personName(rand: () => number): string {
  return `${pick(FAMILY, rand)} ${pick(MIDDLE, rand)} ${pick(GIVEN, rand)}`;
}

const sentencesOf = (text: string) =>
  text.split(/(?<=[.!?…])\s+/u).map((s) => s.trim()).filter((s) => s.length > 20);

function seedParagraphs(): string[] {
  const raw = fs.readFileSync(path.join(process.cwd(), 'scripts/seed/000_10e26498346ff05c.txt'), 'utf8');
  return raw.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40 && !p.includes('leftcenterrightdel'));
}

type Block = { type: string; attrs?: { level: number }; content: { type: 'text'; text: string }[] };
export type GeneratedArticle = { title: string; lead: string; body: { type: 'doc'; content: Block[] } };

function loadText() {
  const sentences = [
    ...demoArticles.flatMap((a) => [a.lead, ...a.paragraphs, a.quote ?? ''].flatMap(sentencesOf)),
    ...seedParagraphs().flatMap(sentencesOf),
  ];
  const titles = demoArticles.map((a) => a.title);
  const headings = demoArticles.flatMap((a) => (a.subheading ? [a.subheading.text] : []));
  const words = [...new Set(sentences.join(' ').toLocaleLowerCase('vi').match(/\p{L}{3,}/gu) ?? [])];

  const text = (t: string): Block['content'] => [{ type: 'text', text: t }];
  const paragraph = (rand: () => number) =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(sentences, rand)).join(' ');

  function title(rand: () => number): string {
    if (rand() < 0.3) return `${pick(titles, rand)}${rand() < 0.5 ? '' : ` tại ${pick(PLACES, rand)}`}`;
    const words = pick(sentences, rand).replace(/[“”".,;:!?]/g, '').split(' ');
    const start = Math.floor(rand() * Math.max(1, words.length - 14));
    return words.slice(start, start + 8 + Math.floor(rand() * 7)).join(' ').replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'));
  }

  function article(rand: () => number): GeneratedArticle {
    const blocks: Block[] = [];
    const paragraphs = 4 + Math.floor(rand() * 6);
    for (let i = 0; i < paragraphs; i++) {
      blocks.push({ type: 'paragraph', content: text(paragraph(rand)) });
      if (i === 1 && rand() < 0.3) blocks.push({ type: 'heading', attrs: { level: 2 }, content: text(pick(headings, rand)) });
    }
    // Names and places make rare words, as real reporting does.
    const quote = `Theo ông ${personName(rand)}, ${pick(ROLES, rand)} ${pick(PLACES, rand)}, ${pick(sentences, rand).replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'))}`;
    blocks.splice(1 + Math.floor(rand() * (blocks.length - 1)), 0, { type: 'paragraph', content: text(quote) });
    if (rand() < 0.5) {
      const decision = `Căn cứ Quyết định số ${1000 + Math.floor(rand() * 90_000)}/QĐ-UBND của ${pick(PLACES, rand)}, kế hoạch được triển khai trong quý ${1 + Math.floor(rand() * 4)}.`;
      blocks.push({ type: 'paragraph', content: text(decision) });
    }
    return { title: title(rand), lead: pick(sentences, rand), body: { type: 'doc', content: blocks } };
  }

  return { sentences, words, article };
}

let cached: ReturnType<typeof loadText> | null = null;
/** The sentence pool and article generator (loaded once). */
export function corpusText() {
  return (cached ??= loadText());
}
