import { describe, expect, it } from 'vitest';
import { firstMatchIndex, highlight, highlightWords } from './highlight';
import { parseQuery } from './parse-query';
import { chooseSnippet, snippetAround } from './snippet';

function wordsOf(raw: string) {
  const parsed = parseQuery(raw);
  if (parsed.kind !== 'ok') throw new Error(parsed.kind);
  return highlightWords(parsed.terms);
}

describe('highlight', () => {
  it('marks matches in their original spelling', () => {
    expect(highlight('Đảng ủy Quân sự Trung ương', wordsOf('dang uy '))).toEqual([
      { text: 'Đảng ủy', match: true },
      { text: ' Quân sự Trung ương', match: false },
    ]);
  });
  it('marks whole words only, and the typed prefix of the last word', () => {
    const segments = highlight('Quốc phòng, phong trào và cây phong', wordsOf('phong'));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['phòng', 'phong', 'phong']);
    expect(highlight('Quốc phòng', wordsOf('quoc ph')).filter((s) => s.match).map((s) => s.text)).toEqual(['Quốc phòng']);
    expect(highlight('Quốc tế', wordsOf('uoc ')).some((s) => s.match)).toBe(false);
  });
  it('finds NFD text like NFC text', () => {
    const nfd = 'Đại tướng'.normalize('NFD');
    expect(highlight(nfd, wordsOf('dai tuong ')).map((s) => s.text).join('')).toBe(nfd);
    expect(highlight(nfd, wordsOf('dai tuong '))[0]?.match).toBe(true);
  });
});

describe('snippets', () => {
  it('uses the lead when it matches, else the body passage around the first match', () => {
    const words = wordsOf('tran anh minh ');
    expect(chooseSnippet('Hội nghị sơ kết.', () => 'Mở đầu. Tin, ảnh: TRẦN ANH MINH', words)).toBe(
      'Mở đầu. Tin, ảnh: TRẦN ANH MINH',
    );
    expect(chooseSnippet('Phóng viên Trần Anh Minh đưa tin.', () => '', words)).toBe('Phóng viên Trần Anh Minh đưa tin.');
  });
  it('cuts long text around the match at word boundaries', () => {
    const text = `${'mở đầu '.repeat(60)}quốc phòng ${'kết thúc '.repeat(60)}`.trim();
    const snippet = snippetAround(text, wordsOf('quoc phong '))!;
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('quốc phòng');
    expect(snippet.length).toBeLessThanOrEqual(262);
  });
});

describe('firstMatchIndex', () => {
  it('finds whole words and typed prefixes, not pieces of other words', () => {
    const text = 'Phòng khám Quốc tế mở ở phố Phong Châu';
    expect(firstMatchIndex(text, wordsOf('phong '))).toBe(0);
    expect(firstMatchIndex(text, wordsOf('ong '))).toBe(-1);
    expect(firstMatchIndex(text, wordsOf('cha'))).toBe(text.indexOf('Châu'));
    expect(firstMatchIndex(text.normalize('NFD'), wordsOf('quoc '))).toBe(text.normalize('NFD').indexOf('Quốc'.normalize('NFD')));
  });
});
