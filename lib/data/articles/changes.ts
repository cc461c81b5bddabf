import type { ArticleSnapshot } from './snapshot';

/** What an audit entry keeps of an edit: `{ field: [before, after] }` for each field that changed. */
export type FieldChanges = Record<string, [unknown, unknown]>;

/**
 * The fields a save changed, before and after, for the audit log. A body is a whole document: it
 * is marked changed with nulls (the revisions page shows the difference), never copied in.
 */
export function articleChanges(before: ArticleSnapshot, after: ArticleSnapshot): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after) as (keyof ArticleSnapshot)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (key === 'body') changes.body = [null, null];
    else if (key === 'bylines') changes.bylines = [before.bylines.map(bylineText), after.bylines.map(bylineText)];
    else changes[key] = [before[key], after[key]];
  }
  return changes;
}

function bylineText(byline: ArticleSnapshot['bylines'][number]): string {
  return byline.label ? `${byline.label} ${byline.name}` : byline.name;
}

/** Fields worth naming when a new article is created. */
export function createdFields(snapshot: ArticleSnapshot): FieldChanges {
  return articleChanges({ ...snapshot, title: '', lead: '', tags: [], bylines: [], body: snapshot.body }, snapshot);
}
