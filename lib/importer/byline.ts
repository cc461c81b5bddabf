import type { BylineRole } from '@/lib/domain/byline-roles';
import { normalizeText } from '@/lib/vi/text';

export type ParsedByline = { role: BylineRole; label: string; name: string };

// Credit labels Vietnamese papers print before names, longest first so "Tin, ảnh" wins over "Tin".
const LABELS: { pattern: RegExp; role: BylineRole }[] = [
  { pattern: /^(bài\s*(?:,|và|&)\s*ảnh)\s*[:：]/iu, role: 'writer_photographer' },
  { pattern: /^(tin\s*(?:,|và|&)\s*ảnh)\s*[:：]/iu, role: 'writer_photographer' },
  { pattern: /^(tin\s*(?:,|và|&)\s*bài)\s*[:：]/iu, role: 'writer' },
  { pattern: /^(bài)\s*[:：]/iu, role: 'writer' },
  { pattern: /^(tin)\s*[:：]/iu, role: 'writer' },
  { pattern: /^(ảnh)\s*[:：]/iu, role: 'photographer' },
  { pattern: /^(video|clip)\s*[:：]/iu, role: 'photographer' },
  { pattern: /^(nhóm phóng viên|nhóm pv)\s*[:：]?/iu, role: 'writer' },
  { pattern: /^(theo)\s+(?=\S)/iu, role: 'source' },
];

const MAX_BYLINE_LENGTH = 160;

function canonicalLabel(raw: string): string {
  const label = normalizeText(raw).replace(/\s*,\s*/g, ', ');
  return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1).toLocaleLowerCase('vi');
}

function splitNames(raw: string): string[] {
  return raw
    .split(/\s*(?:,|;|\s-\s|\s–\s|\svà\s|&)\s*/u)
    .map((name) => normalizeText(name).replace(/[.\s]+$/u, ''))
    .filter((name) => name.length > 0);
}

/**
 * Parses a closing credit line such as "Tin, ảnh: TRẦN ANH MINH" or "Bài: A; Ảnh: B".
 * Returns null when the line is not a credit line, so ordinary closing paragraphs stay text.
 */
export function parseBylineLine(line: string): ParsedByline[] | null {
  const text = normalizeText(line);
  if (!text || text.length > MAX_BYLINE_LENGTH) return null;

  // "Bài: A - Ảnh: B" and "Bài: A; ảnh: B" credit different people for text and photos.
  const segments = text.split(/\s*(?:;|\s[-–]\s)\s*(?=(?:ảnh|bài|tin|video)\s*[:：])/iu);
  const bylines: ParsedByline[] = [];
  for (const segment of segments) {
    const match = LABELS.map(({ pattern, role }) => ({ m: pattern.exec(segment), role })).find(
      ({ m }) => m,
    );
    if (!match?.m) return null;
    const names = splitNames(segment.slice(match.m[0].length));
    if (names.length === 0) return null;
    // A sentence that merely starts with "Theo" ("Theo báo cáo, ...") is not a credit line.
    if (match.role === 'source' && (names.length > 2 || names.some((n) => n.split(' ').length > 6))) {
      return null;
    }
    for (const name of names) bylines.push({ role: match.role, label: canonicalLabel(match.m[1]!), name });
  }
  return bylines;
}
