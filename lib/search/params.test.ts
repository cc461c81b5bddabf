import { describe, expect, it } from 'vitest';
import { parseDay, readSearchRequest, searchUrl } from './params';
import { articleIdOf, rowidFrom, rowidUntil } from './rowid';

describe('readSearchRequest', () => {
  it('reads query, filters, order and page', () => {
    expect(
      readSearchRequest({ q: 'quốc phòng', 'chuyen-muc': 'thoi-su', 'tu-ngay': '2023-07-01', 'den-ngay': '2023-07-31', 'sap-xep': 'moi-nhat', trang: '3' }),
    ).toEqual({ q: 'quốc phòng', section: 'thoi-su', from: '2023-07-01', to: '2023-07-31', sort: 'newest', page: 3 });
  });
  it('drops malformed values instead of failing', () => {
    expect(
      readSearchRequest({ q: ['a', 'b'], 'chuyen-muc': '../x', 'tu-ngay': '2023-02-30', 'den-ngay': 'hôm qua', 'sap-xep': 'x', trang: '-1' }),
    ).toEqual({ q: 'a', section: null, from: null, to: null, sort: 'relevance', page: 1 });
    expect(readSearchRequest({}).q).toBe('');
  });
  it('swaps a reversed date range', () => {
    expect(readSearchRequest({ 'tu-ngay': '2024-01-31', 'den-ngay': '2024-01-01' })).toMatchObject({ from: '2024-01-01', to: '2024-01-31' });
  });
});

describe('dates and URLs', () => {
  it('accepts only real calendar days', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2023-02-29')).toBeNull();
  });
  it('builds page links that keep the query and filters', () => {
    const request = readSearchRequest({ q: 'đảng ủy & "x"', 'chuyen-muc': 'thoi-su', 'sap-xep': 'moi-nhat' });
    const url = searchUrl(request, { page: 2 });
    expect(url.startsWith('/tim-kiem?')).toBe(true);
    expect(readSearchRequest(Object.fromEntries(new URLSearchParams(url.split('?')[1])))).toEqual({ ...request, page: 2 });
  });
});

describe('search rowids', () => {
  it('orders by publication minute and gives back the article id', () => {
    const at = new Date('2023-07-14T03:25:30Z');
    const rowid = rowidFrom(at) + 21;
    expect(articleIdOf(rowid)).toBe(21);
    expect(rowid).toBeLessThanOrEqual(rowidUntil(at));
    expect(rowidUntil(at)).toBeLessThan(rowidFrom(new Date('2023-07-14T03:26:00Z')));
    expect(Number.isSafeInteger(rowidUntil(new Date('2400-01-01T00:00:00Z')))).toBe(true);
  });
});
