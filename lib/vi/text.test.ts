import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeText, slugify, toTitleCase } from './text';

describe('foldVietnamese', () => {
  it('folds tones, diacritics and đ/Đ', () => {
    expect(foldVietnamese('Đảng ủy')).toBe('dang uy');
    expect(foldVietnamese('QUỐC PHÒNG')).toBe('quoc phong');
    expect(foldVietnamese('Đại tướng')).toBe('dai tuong');
    expect(foldVietnamese('ể ễ ẩ ặ ộ ữ ỗ')).toBe('e e a a o u o');
  });
  it('treats NFD input like NFC', () => {
    const nfd = 'Tổng cục Công nghiệp Quốc phòng'.normalize('NFD');
    expect(foldVietnamese(nfd)).toBe('tong cuc cong nghiep quoc phong');
  });
});

describe('slugify', () => {
  it('makes ASCII slugs from Vietnamese', () => {
    expect(slugify('Đảng ủy')).toBe('dang-uy');
    expect(slugify('Quốc phòng – An ninh')).toBe('quoc-phong-an-ninh');
    expect(slugify('  “Mẫu mực, tiêu biểu”!  ')).toBe('mau-muc-tieu-bieu');
  });
  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('Tổng cục Công nghiệp Quốc phòng sơ kết công tác 6 tháng đầu năm 2023', 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toBe('tong-cuc-cong-nghiep-quoc');
  });
  it('returns an empty slug for text with no letters or digits', () => {
    expect(slugify('— … —')).toBe('');
  });
});

describe('normalizeText', () => {
  it('composes to NFC and collapses NBSP and other spaces', () => {
    const input = ' Quang\u00a0cảnh  hội nghị.\u00a0 '.normalize('NFD');
    const out = normalizeText(input);
    expect(out).toBe('Quang cảnh hội nghị.');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('toTitleCase', () => {
  it('title-cases an upper-case Vietnamese name', () => {
    expect(toTitleCase('TRẦN ANH MINH')).toBe('Trần Anh Minh');
    expect(toTitleCase('ĐỖ THỊ ĐÀO')).toBe('Đỗ Thị Đào');
  });
});
