import { describe, expect, it } from 'vitest';
import { buildMatchExpression } from './match-expression';
import { MAX_QUERY_LENGTH, parseQuery } from './parse-query';

function ok(raw: string) {
  const parsed = parseQuery(raw);
  if (parsed.kind !== 'ok') throw new Error(`expected terms from ${JSON.stringify(raw)}, got ${parsed.kind}`);
  return parsed.terms;
}

describe('parseQuery', () => {
  it('folds case, tones and đ, keeping the typed spelling for ranking', () => {
    const [dang, uy] = ok('ĐẢNG ủy ');
    expect(dang).toMatchObject({ folded: ['dang'], exact: ['đảng'], prefix: false });
    expect(uy).toMatchObject({ folded: ['uy'], exact: ['ủy'], prefix: false });
  });
  it('reads NFD input like NFC', () => {
    expect(ok('quốc phòng'.normalize('NFD'))).toEqual(ok('quốc phòng'));
  });
  it('marks no exact spelling for words typed without diacritics', () => {
    expect(ok('quoc phong ')[0]).toMatchObject({ folded: ['quoc'], exact: null });
  });
  it('treats the last word as a prefix only while it is being typed', () => {
    expect(ok('quoc ph').at(-1)).toMatchObject({ folded: ['ph'], prefix: true });
    expect(ok('quoc ph ').at(-1)?.prefix).toBe(false);
  });
  it('keeps quoted phrases together, including an unclosed quote', () => {
    expect(ok('"quốc phòng" an ninh ')[0]).toMatchObject({ folded: ['quoc', 'phong'], exact: ['quốc', 'phòng'] });
    expect(ok('an “đường sắt')[1]).toMatchObject({ folded: ['duong', 'sat'], prefix: false });
  });
  it('adds the Telex reading of a word typed without an input method', () => {
    expect(ok('quoocs phongf ')[0]?.alternatives).toEqual(['quoc']);
  });
  it('reports empty, symbol-only and over-long queries', () => {
    expect(parseQuery('   \t ')).toEqual({ kind: 'empty' });
    expect(parseQuery('*** ---').kind).toBe('no-words');
    expect(parseQuery('"').kind).toBe('no-words');
    expect(parseQuery('a'.repeat(MAX_QUERY_LENGTH + 1)).kind).toBe('too-long');
    expect(parseQuery('đ'.repeat(10_240)).kind).toBe('too-long');
  });
  it('repairs lone surrogates and drops control characters', () => {
    expect(ok('quoc\uD800 phong\u0000 ').map((t) => t.folded[0])).toEqual(['quoc', 'phong']);
  });
});

describe('buildMatchExpression', () => {
  const hostile = [
    'a"b',
    'foo*',
    'NEAR(a b)',
    '-quoc',
    'title:quoc',
    'a OR b',
    'a AND NOT b',
    '((quoc',
    "'; DROP TABLE articles; --",
    '"quoc" "',
    '^quoc + {title}',
  ];
  it.each(hostile)('quotes every word of %j so no operator survives', (raw) => {
    const expression = buildMatchExpression(ok(raw));
    // Outside string literals only our own column filters, OR, AND and parentheses remain.
    const outside = expression.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).toMatch(/^[\s{}a-zA-Z_:()*]*$/);
    expect(outside.replace(/\{[a-z_ ]+\}|\bOR\b|\bAND\b|[\s:()*]/g, '')).toBe('');
  });
  it('limits to sections with its own column filter', () => {
    expect(buildMatchExpression(ok('quoc '), [3, 4])).toBe(
      '{title lead body byline tags} : "quoc" AND section : ("c3" OR "c4")',
    );
  });
});
