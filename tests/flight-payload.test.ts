import { describe, expect, it } from 'vitest';
import { flightBreakdown, flightRows, inlineFlight } from '../bench/lib/flight';

// The parser behind bench/rsc-payload.ts and the payload budgets in e2e/public/typeface.spec.ts:
// a page's flight text arrives split across scripts at arbitrary points, with long text rows
// length-prefixed in UTF-8 bytes (Vietnamese letters take two or three).
const push = (chunk: string) => `<script>self.__next_f.push(${JSON.stringify([1, chunk])})</script>`;

const LEAD = 'Đảng ủy, Bộ Tư lệnh: “năm 2023” ổn định.\nDòng hai';
// Long enough (200 characters and more) to count as a repeat worth reporting.
const NAV = `["$","nav",null,{"aria-label":"Chuyên mục","className":"section-nav","children":"${'Thời sự — Quốc phòng, an ninh. '.repeat(5)}"}]`;
const FLIGHT = [
  '1:"$Sreact.fragment"\n',
  '2:I[22016,["/_next/static/chunks/a.js"],""]\n',
  `3:T${Buffer.byteLength(LEAD).toString(16)},${LEAD}`,
  `4:["$","main",null,{"children":[${NAV},["$","$L2",null,{"href":"/thoi-su","children":"Thời sự"}],"$3"]}]\n`,
  `5:{"notFound":${NAV}}\n`,
].join('');

describe('the inline RSC payload', () => {
  it('is joined back from the scripts it was cut into, whatever the cut', () => {
    const html = `<html><body><script>self.__next_f.push([0])</script>${push(FLIGHT.slice(0, 41))}${push(FLIGHT.slice(41, 97))}${push(FLIGHT.slice(97))}</body></html>`;
    expect(inlineFlight(html)).toBe(FLIGHT);
  });

  it('splits into rows, a length-prefixed text row ending after its UTF-8 bytes even with a newline inside', () => {
    const rows = flightRows(FLIGHT);
    expect(rows.map((row) => [row.id, row.tag])).toEqual([
      ['1', ''],
      ['2', 'I'],
      ['3', 'T'],
      ['4', ''],
      ['5', ''],
    ]);
    expect(rows[2]!.text).toBe(LEAD);
  });

  it('names what client components receive, and finds a subtree sent twice', () => {
    const breakdown = flightBreakdown(FLIGHT, { 'section menu': '"aria-label":"Chuyên mục"' });
    expect(breakdown.clientProps).toEqual([{ component: 'default (22016)', uses: 1, bytes: Buffer.byteLength('{"href":"/thoi-su","children":"Thời sự"}') }]);
    expect(breakdown.markers).toEqual({ 'section menu': 2 });
    expect(breakdown.duplicates).toHaveLength(1);
    expect(breakdown.duplicates[0]).toMatchObject({ count: 2, bytes: Buffer.byteLength(NAV) });
  });
});
