import type { ActionResult } from '@/lib/actions/action-result';
import type { ArticleStatus } from '@/lib/domain/article-status';
import type { EditableArticle } from '@/lib/data/articles/editable';
import type { PublishChecks } from '@/lib/data/articles/publish-checks';

/** An article as a write left it. */
export type ArticleSaved = {
  id: number;
  version: number;
  status: ArticleStatus;
  slug: string;
  autosavedOnly: boolean;
  savedAt: string;
};

/** Someone saved the article in the meantime: the editor shows their version beside the writer's. */
export type ArticleConflict = { error: 'conflict'; message: string; current: EditableArticle };

/** The pre-publish checks found blocking problems, or warnings the request did not confirm. */
export type PublishChecksRefused = { error: 'checks'; message: string; checks: PublishChecks };

/** What every article action answers; the editor never has to guess from an HTTP error. */
export type ArticleActionResult = ActionResult<ArticleSaved, ArticleConflict | PublishChecksRefused>;

export type ArticleRef = { id: number; version: number };
export type ArticleSaveInput = ArticleRef & { snapshot: unknown; confirmedWarnings?: readonly string[] };
