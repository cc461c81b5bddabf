import type { ArticleStatus } from '@/db/schema';
import type { EditableArticle } from '@/lib/articles/editable';

/** What every article action answers; the editor never has to guess from an HTTP error. */
export type ArticleActionResult =
  | {
      ok: true;
      id: number;
      version: number;
      status: ArticleStatus;
      slug: string;
      autosavedOnly: boolean;
      savedAt: string;
    }
  | { ok: false; error: 'conflict'; message: string; current: EditableArticle }
  | {
      ok: false;
      error: 'unauthorized' | 'forbidden' | 'invalid' | 'not_found' | 'refused';
      message: string;
    };

export type ArticleSaveInput = { id: number; version: number; snapshot: unknown };
