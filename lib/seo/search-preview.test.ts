import { describe, expect, it } from 'vitest';
import { searchPreview } from './search-preview';

describe('searchPreview', () => {
  it('uses the SEO fields when set, else the headline and lead, as the article page does', () => {
    expect(searchPreview({ title: 'Tiêu đề', lead: 'Sa-pô', seoTitle: '', seoDescription: '' })).toMatchObject({ title: 'Tiêu đề', description: 'Sa-pô' });
    expect(searchPreview({ title: 'Tiêu đề', lead: 'Sa-pô', seoTitle: 'SEO', seoDescription: 'Mô tả' })).toMatchObject({ title: 'SEO', description: 'Mô tả' });
  });

  it('cuts a long title at a word before 60 characters and says so', () => {
    const title = 'Giá cà phê nhân xô tại Tây Nguyên tăng mạnh lên mức cao nhất trong mười năm qua';
    const preview = searchPreview({ title, lead: '', seoTitle: '', seoDescription: '' });
    expect(preview.titleCut).toBe(true);
    expect(preview.title).toBe('Giá cà phê nhân xô tại Tây Nguyên tăng mạnh lên mức cao nhất …');
    expect(preview.title.length).toBeLessThanOrEqual(62);
  });

  it('leaves a short description whole', () => {
    expect(searchPreview({ title: 'a', lead: 'Ngắn gọn.', seoTitle: '', seoDescription: '' })).toMatchObject({ description: 'Ngắn gọn.', descriptionCut: false });
  });
});
