import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { articles, events, sections, tags } from '@/db/schema';
import { isPublic, selectSummaries } from '@/lib/data/articles/public-reads';
import type { ArticleSummary } from '@/lib/data/dto';
import { searchArticles } from '@/lib/data/search';
import { listSections } from '@/lib/data/sections';
import { parseQuery } from '@/lib/search/parse-query';
import { parseArticleSegment } from '@/lib/urls';
import { sectionTreeOrder, sortByVietnamese } from '@/lib/vi/collation';

// What the front editor offers: articles to hand-pick and sources for backfill.

/** An article id typed or pasted as a URL ("…/tong-cuc-21" or "21"). */
function typedArticleId(query: string): number | null {
  const last = query.trim().split(/[/?#]/).filter(Boolean).at(-1);
  return last ? (parseArticleSegment(last)?.id ?? null) : null;
}

/** Public articles for the card picker: by site search (with or without diacritics), an id or URL; empty query = newest. */
export function searchArticlesForFront(query: string, limit = 20): ArticleSummary[] {
  const id = typedArticleId(query);
  const byId = id === null ? [] : selectSummaries(and(isPublic(), eq(articles.id, id))!, 1);
  const parsed = parseQuery(query);
  if (parsed.kind !== 'ok') return byId.length ? byId : parsed.kind === 'empty' ? selectSummaries(isPublic(), limit) : [];
  const hits = searchArticles({
    terms: parsed.terms,
    sectionIds: null,
    from: null,
    to: null,
    sort: 'relevance',
    page: 1,
    pageSize: limit,
  }).hits.map((hit) => hit.id);
  const found = new Map(
    (hits.length ? selectSummaries(and(isPublic(), inArray(articles.id, hits))!, hits.length) : []).map((s) => [s.id, s]),
  );
  const ranked = hits.flatMap((hitId) => found.get(hitId) ?? []);
  return [...byId, ...ranked.filter((s) => s.id !== id)].slice(0, limit);
}

/** Sections, tags and events a container can be backfilled from. */
export function frontSources(): {
  sections: { id: number; name: string }[];
  tags: { id: number; name: string }[];
  events: { id: number; name: string }[];
} {
  return {
    sections: sectionTreeOrder(listSections(), (section) => section.parent?.id ?? null).map(({ section: { id, name, parent } }) => ({
      id,
      name: parent ? `${parent.name} › ${name}` : name,
    })),
    tags: sortByVietnamese(db.select({ id: tags.id, name: tags.name }).from(tags).all(), (tag) => tag.name),
    events: sortByVietnamese(db.select({ id: events.id, name: events.name }).from(events).all(), (event) => event.name),
  };
}

/** A hand-picked article as the front editor lists it; one readers may not see links to its newsroom page. */
export type FrontCardArticle = { id: number; title: string; path: string; sectionName: string; isPublic: boolean };

/** The articles a front's cards name, public or not, so the editor can show a takedown as such. */
export function listFrontCardArticles(ids: number[]): FrontCardArticle[] {
  if (ids.length === 0) return [];
  const visible = selectSummaries(and(isPublic(), inArray(articles.id, ids))!, ids.length).map((summary) => ({
    id: summary.id,
    title: summary.title,
    path: summary.path,
    sectionName: summary.section.name,
    isPublic: true,
  }));
  const hidden = ids.filter((id) => !visible.some((article) => article.id === id));
  const others = hidden.length
    ? db
        .select({ id: articles.id, title: articles.title, sectionName: sections.name })
        .from(articles)
        .innerJoin(sections, eq(sections.id, articles.sectionId))
        .where(inArray(articles.id, hidden))
        .all()
        .map((row) => ({ ...row, path: `/admin/articles/${row.id}`, isPublic: false }))
    : [];
  return [...visible, ...others];
}
