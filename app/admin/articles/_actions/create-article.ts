'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { createArticle } from '@/lib/data/articles/create';
import { articleSnapshotSchema } from '@/lib/data/articles/snapshot';
import { createdFields } from '@/lib/data/articles/changes';
import { withEmbedThumbnails } from '@/lib/media/embed-thumbnails';
import { invalidArticle, unlessStorageFull } from './article-action';
import type { ArticleActionResult, ArticleConflict, ArticleSaved, PublishChecksRefused } from './result';

const schema = z.object({ snapshot: articleSnapshotSchema });

/** The first save of a new article creates it as the writer's draft. */
export const createArticleAction: (input: { snapshot: unknown }) => Promise<ArticleActionResult> = defineAction<
  unknown,
  typeof schema,
  ArticleSaved,
  ArticleConflict | PublishChecksRefused,
  'article:create'
>({
  permission: 'article:create',
  schema,
  invalid: invalidArticle,
  run: ({ user, input }) =>
    unlessStorageFull(null, async () => {
      const body = await withEmbedThumbnails(input.snapshot.body);
      const created = createArticle({ ...input.snapshot, body, createdBy: user.id });
      const value = { ...created, status: 'draft' as const, autosavedOnly: false, savedAt: new Date().toISOString() };
      const detail = { changes: createdFields(input.snapshot) };
      return { ok: true, value, audit: { action: 'article.create', targetType: 'article', targetId: created.id, detail } };
    }),
});
