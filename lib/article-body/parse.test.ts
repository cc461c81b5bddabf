import { describe, expect, it } from 'vitest';
import { parseArticleBody } from './parse';

describe('parseArticleBody', () => {
  it('keeps the allowed structure as it is', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tiêu đề phụ' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
          ],
        },
        { type: 'figure', attrs: { mediaId: 3, caption: 'Chú thích', credit: 'Ảnh: A' } },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }],
            },
          ],
        },
      ],
    };
    expect(parseArticleBody(doc)).toEqual({ ok: true, body: doc });
  });

  it('reduces pasted junk: unknown nodes keep their words, unknown marks and attributes go', () => {
    const result = parseArticleBody({
      type: 'doc',
      content: [
        { type: 'codeBlock', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
        { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
        {
          type: 'heading',
          attrs: { level: 1, onclick: 'x' },
          content: [{ type: 'text', text: 'H1' }],
        },
        {
          type: 'paragraph',
          attrs: { style: 'color:red' },
          content: [
            {
              type: 'text',
              text: 'gạch',
              marks: [{ type: 'strike' }, { type: 'italic', attrs: { class: 'x' } }],
            },
            { type: 'mention', attrs: { id: 1 }, content: [{ type: 'text', text: '@ai' }] },
            { type: 'text', text: '' },
          ],
        },
        {
          type: 'blockquote',
          content: [
            { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Trích' }] },
          ],
        },
        {
          type: 'columns',
          content: [
            {
              type: 'column',
              content: [
                {
                  type: 'div',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ô' }] }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(result).toEqual({
      ok: true,
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'H1' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'gạch', marks: [{ type: 'italic' }] },
              { type: 'text', text: '@ai' },
            ],
          },
          {
            type: 'blockquote',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Trích' }] }],
          },
          { type: 'paragraph', content: [{ type: 'text', text: 'ô' }] },
        ],
      },
    });
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:x',
    '//evil.example',
  ])('refuses the link %s with a clear message', (href) => {
    const result = parseArticleBody({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href } }] }],
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Liên kết không được phép/);
  });

  it('accepts web, mail and site links and drops link attributes other than href', () => {
    const result = parseArticleBody({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'a',
              marks: [
                {
                  type: 'link',
                  attrs: { href: 'https://qdnd.vn', target: '_blank', onclick: 'x' },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(JSON.stringify(result.body)).not.toMatch(/onclick|target/);
  });

  it('refuses what is not a document shape within limits', () => {
    expect(
      parseArticleBody({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(20_001) }] }],
      }).ok,
    ).toBe(false);
    expect(parseArticleBody('<p>html</p>')).toEqual({
      ok: true,
      body: { type: 'doc', content: [] },
    });
  });
});
