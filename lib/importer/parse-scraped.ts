import { createHash } from 'node:crypto';
import { type BlockNode, figure, paragraph } from '@/lib/article-body/schema';
import { normalizeText } from '@/lib/vi/text';
import { type ParsedByline, parseBylineLine } from './byline';
import { cleanHtmlRemnants } from './html-remnants';

export type ScrapedArticle = {
  lead: string;
  body: BlockNode[];
  bylines: ParsedByline[];
  provisionalTitle: string;
  sourceHash: string;
};

export class ImportError extends Error {}

// Toolbar words ("left center right del") the old CMS left where each photo stood.
const PHOTO_MARKER = /^left\s*center\s*right\s*del\b[\s:.\-–]*/iu;
const PHOTO_MARKER_ANYWHERE = /\s*left\s*center\s*right\s*del\s*/giu;
const PROVISIONAL_TITLE_LENGTH = 110;

/** A headline stand-in from the lead's first clause, for the "needs headline" queue. */
export function provisionalTitleFrom(lead: string): string {
  const firstSentence = lead.split(/(?<=[.!?…])\s/u)[0] ?? lead;
  const beforeColon = firstSentence.split(/:\s/u)[0] ?? firstSentence;
  const candidate = beforeColon.length >= 20 ? beforeColon : firstSentence;
  if (candidate.length <= PROVISIONAL_TITLE_LENGTH) return candidate.replace(/[.:;,]+$/u, '');
  const cut = candidate.slice(0, PROVISIONAL_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[.:;,]+$/u, '')}…`;
}

/**
 * Parses one scraped article: paragraphs, photo markers followed by their captions, and the
 * closing credit line, after cleaning any HTML the scraper left. The first paragraph becomes the lead.
 */
export function parseScrapedArticle(raw: string): ScrapedArticle {
  const text = cleanHtmlRemnants(raw.replace(/^\ufeff/, '')).replace(/\r\n?/g, '\n').normalize('NFC');
  const lines = text
    .split('\n')
    .map(normalizeText)
    .filter((line) => line.length > 0);
  if (lines.length === 0) throw new ImportError('Tệp rỗng: không có đoạn văn nào để nhập.');

  const lastLine = lines[lines.length - 1]!;
  const bylines = parseBylineLine(lastLine) ?? [];
  const contentLines = bylines.length > 0 ? lines.slice(0, -1) : lines;

  const blocks: BlockNode[] = [];
  for (let i = 0; i < contentLines.length; i++) {
    const line = contentLines[i]!;
    const marker = PHOTO_MARKER.exec(line);
    if (!marker) {
      const cleaned = normalizeText(line.replace(PHOTO_MARKER_ANYWHERE, ' '));
      if (cleaned) blocks.push(paragraph(cleaned));
      continue;
    }
    // The caption is usually the next line; some exports glue it onto the marker line itself.
    const inlineCaption = normalizeText(line.slice(marker[0].length));
    if (inlineCaption) {
      blocks.push(figure(inlineCaption));
      continue;
    }
    const next = contentLines[i + 1];
    if (next !== undefined && !PHOTO_MARKER.test(next)) {
      blocks.push(figure(normalizeText(next.replace(PHOTO_MARKER_ANYWHERE, ' '))));
      i++;
    } else {
      blocks.push(figure(''));
    }
  }

  const leadIndex = blocks.findIndex((block) => block.type === 'paragraph');
  if (leadIndex === -1) throw new ImportError('Không tìm thấy đoạn văn nào: tệp chỉ có ảnh hoặc tên tác giả.');
  const leadBlock = blocks[leadIndex]!;
  const lead = leadBlock.type === 'paragraph' ? (leadBlock.content?.[0]?.type === 'text' ? leadBlock.content[0].text : '') : '';
  const body = blocks.filter((_, index) => index !== leadIndex);

  return {
    lead,
    body,
    bylines,
    provisionalTitle: provisionalTitleFrom(lead),
    sourceHash: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}
