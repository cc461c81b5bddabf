'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import type { ActionResult } from '@/lib/actions/action-result';
import type { ArticleSummary } from '@/lib/data/dto';
import { searchArticlesForFront } from '@/lib/data/fronts/picker';

const searchSchema = z.object({ query: z.string().max(200) });
const RESULTS = 12;

/** Public articles to hand-pick for a front, by words of the headline (none: the newest). */
export const searchFrontArticlesAction: (input: { query: string }) => Promise<ActionResult<{ articles: ArticleSummary[] }>> = defineAction({
  permission: 'front:edit',
  schema: searchSchema,
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ input: { query } }) => ({ ok: true, value: { articles: searchArticlesForFront(query.trim(), RESULTS) } }),
});
