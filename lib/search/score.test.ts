import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';
import { rankCandidates, type CandidateText } from './score';

function terms(raw: string) {
  const parsed = parseQuery(raw);
  if (parsed.kind !== 'ok') throw new Error(parsed.kind);
  return parsed.terms;
}
const doc = (rowid: number, fields: Partial<CandidateText>): CandidateText => ({
  rowid, title: '', lead: '', bylines: '', tags: '', exactAnywhere: false, ...fields,
});

describe('rankCandidates', () => {
  it('puts exact spellings first, then headline over lead over body, then the newer', () => {
    const ranked = rankCandidates(terms('đường '), [
      doc(5, { title: 'Cây dương bên hồ' }),
      doc(4, { lead: 'Mở đường mới' }),
      doc(3, { title: 'Đường mới', exactAnywhere: true }),
      doc(2, {}),
      doc(1, { title: 'Hàng dương' }),
    ]);
    expect(ranked.map((r) => r.rowid)).toEqual([3, 4, 5, 1, 2]);
  });
  it('rewards the words standing together in a byline', () => {
    const ranked = rankCandidates(terms('tran anh minh'), [
      doc(2, { title: 'Camera thông minh', lead: 'Trần nhà, ảnh chụp' }),
      doc(1, { bylines: 'TRẦN ANH MINH' }),
    ]);
    expect(ranked[0]?.rowid).toBe(1);
  });
});
