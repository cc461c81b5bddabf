import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { EMBED_FRAME_ORIGINS, EMBED_PROVIDERS, type EmbedProvider } from '@/lib/article-body/embeds';

const known = new Set<string>(EMBED_PROVIDERS);

/**
 * The frame origins an article's embeds load from, for its page's CSP; empty for almost every
 * article. The body's JSON is read only when its text mentions an embed, so a plain article costs
 * one primary-key lookup and a substring search.
 */
export function listEmbedFrameOrigins(articleId: number): string[] {
  const rows = db.all<{ provider: string | null }>(sql`
    SELECT DISTINCT json_extract(block.value, '$.attrs.provider') AS provider
    FROM articles, json_each(articles.body, '$.content') AS block
    WHERE articles.id = ${articleId} AND instr(articles.body, '"type":"embed"') > 0 AND json_valid(articles.body)
      AND json_extract(block.value, '$.type') = 'embed'`);
  return rows.flatMap(({ provider }) => (provider && known.has(provider) ? [EMBED_FRAME_ORIGINS[provider as EmbedProvider]] : []));
}
