import { describe, expect, it } from 'vitest';
import type { ArticleSnapshot } from '@/lib/data/articles/snapshot';
import { articleChanges, createdFields } from './changes';

const base: ArticleSnapshot = {
  title: 'Lũ về miền Trung',
  slug: 'lu-ve-mien-trung',
  lead: 'Sa-pô',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }] },
  sectionId: 3,
  coverMediaId: null,
  tags: ['Thiên tai'],
  bylines: [{ role: 'writer', label: 'Bài', name: 'Minh An' }],
  seoTitle: '',
  seoDescription: '',
} as ArticleSnapshot;

describe('articleChanges', () => {
  it('keeps only the changed fields, before and after; the body as changed without its text', () => {
    const after = {
      ...base,
      title: 'Lũ lớn về miền Trung',
      tags: ['Thiên tai', 'Huế'],
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hai' }] }] },
    } as ArticleSnapshot;
    expect(articleChanges(base, after)).toEqual({
      title: ['Lũ về miền Trung', 'Lũ lớn về miền Trung'],
      body: [null, null],
      tags: [['Thiên tai'], ['Thiên tai', 'Huế']],
    });
    expect(articleChanges(base, { ...base })).toEqual({});
  });

  it('writes bylines as the page prints them, and names what a new article starts with', () => {
    expect(articleChanges(base, { ...base, bylines: [{ role: 'writer', label: '', name: 'Lan' }] })).toEqual({ bylines: [['Bài Minh An'], ['Lan']] });
    expect(createdFields(base)).toEqual({ title: ['', 'Lũ về miền Trung'], lead: ['', 'Sa-pô'], tags: [[], ['Thiên tai']], bylines: [[], ['Bài Minh An']] });
  });
});
