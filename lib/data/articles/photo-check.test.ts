import { describe, expect, it } from 'vitest';
import { figure, paragraph } from '@/lib/article-body/schema';
import { getPhotoProblem } from './photo-check';
import type { ArticleSnapshot } from './snapshot';
import { createMedia, updateMedia } from '@/lib/data/media';

let n = 0;
function photo(alt: string, caption = '') {
  n += 1;
  return createMedia({
    alt,
    caption,
    credit: '',
    path: `2026/11/1f8fad5b-d9cb-469f-a165-${String(n).padStart(12, '0')}.jpg`,
    width: 1000,
    height: 750,
    mimeType: 'image/jpeg',
    bytes: 1234,
    uploadedBy: null,
  });
}

function snapshot(body: ArticleSnapshot['body']['content'], coverMediaId: number | null = null): ArticleSnapshot {
  return {
    title: 'Bài có ảnh',
    slug: '',
    lead: '',
    body: { type: 'doc', content: body },
    sectionId: 1,
    coverMediaId,
    tags: [],
    bylines: [],
    seoTitle: '',
    seoDescription: '',
  };
}

describe('photos of an article being saved', () => {
  it('refuses publishing and updating while a figure or the cover lacks alt text, naming them', () => {
    const bare = photo('', 'Cầu Long Biên');
    const cover = photo('  ');
    const fine = photo('Cầu Long Biên lúc bình minh');
    const s = snapshot([paragraph('Mở đầu.'), figure('Chú thích', '', bare.id), figure('', '', fine.id)], cover.id);
    for (const intent of ['publish', 'update'] as const) {
      const problem = getPhotoProblem(intent, s);
      expect(problem).toContain(`#${bare.id}`);
      expect(problem).toContain(`#${cover.id}`);
      expect(problem).toContain('Cầu Long Biên');
      expect(problem).not.toContain(`#${fine.id}`);
    }
    // Drafts may be saved with photos still being described.
    expect(getPhotoProblem('save', s)).toBeNull();
    expect(getPhotoProblem('submit', s)).toBeNull();
    updateMedia(bare.id, { alt: 'Cầu', caption: bare.caption, credit: '' });
    updateMedia(cover.id, { alt: 'Ảnh bìa', caption: '', credit: '' });
    expect(getPhotoProblem('publish', s)).toBeNull();
  });

  it('refuses any save of a body that points at a photo not in the library', () => {
    const s = snapshot([figure('Mất ảnh', '', 987_654)]);
    expect(getPhotoProblem('save', s)).toContain('#987654');
    expect(getPhotoProblem('publish', s)).toContain('#987654');
    expect(getPhotoProblem('autosave', s)).toBeNull();
    expect(getPhotoProblem('save', snapshot([figure('Ảnh cũ thất lạc')]))).toBeNull();
  });
});
