// How long each editable field of an article may be: the one set the schema enforces on every
// path (editor, importer, seed) and the editor's inputs show. Body limits: lib/article-body/limits.ts.

export const ARTICLE_FIELD_LIMITS = {
  title: 300,
  slug: 200,
  lead: 2000,
  tagName: 80,
  tags: 20,
  bylineLabel: 60,
  bylineName: 120,
  bylines: 10,
  seoTitle: 300,
  seoDescription: 500,
} as const;
