import type { ActionResult } from '@/lib/actions/action-result';
import type { FrontCardArticle } from '@/lib/data/fronts/picker';
import type { FrontForEditing } from '@/lib/data/fronts/store';
import type { FrontDocument } from '@/lib/domain/front-document';

/** A front's draft as a write left it. */
export type FrontSaved = { version: number; savedAt: string };

/** Someone saved the front in the meantime: the editor shows theirs beside the writer's, overwriting nothing. */
export type FrontConflictRefusal = { error: 'conflict'; message: string; current: FrontForEditing; articles: FrontCardArticle[] };

/** What the save and publish actions answer. */
export type FrontActionResult = ActionResult<FrontSaved, FrontConflictRefusal>;

/** A restore answers the draft it made, which the editor then shows. */
export type FrontRestored = FrontSaved & { document: FrontDocument; articles: FrontCardArticle[] };
export type FrontRestoreResult = ActionResult<FrontRestored, FrontConflictRefusal>;

/** What the editor sends to save or publish: the whole document and the version it started from. */
export type FrontWriteInput = { key: string; version: number; document: unknown };
