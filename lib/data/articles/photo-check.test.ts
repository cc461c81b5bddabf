import { describe, expect, it } from 'vitest';
import { figure } from '@/lib/article-body/schema';
import { getPhotoProblem } from './photo-check';
import type { ArticleSnapshot } from './snapshot';

function snapshot(body: ArticleSnapshot['body']['content']): ArticleSnapshot {
  return {
    title: 'Bài có ảnh',
    slug: '',
    lead: '',
    body: { type: 'doc', content: body },
    sectionId: 1,
    coverMediaId: null,
    tags: [],
    bylines: [],
    seoTitle: '',
    seoDescription: '',
  };
}

describe('photos of an article being saved', () => {
  it('refuses any save of a body that points at a photo not in the library', () => {
    const s = snapshot([figure('Mất ảnh', '', 987_654)]);
    expect(getPhotoProblem('save', s)).toContain('#987654');
    expect(getPhotoProblem('publish', s)).toContain('#987654');
    expect(getPhotoProblem('autosave', s)).toBeNull();
    expect(getPhotoProblem('save', snapshot([figure('Ảnh cũ thất lạc')]))).toBeNull();
  });
});
