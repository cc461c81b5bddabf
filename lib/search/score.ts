import { exactForIndex, foldForIndex } from './index-text';
import type { QueryTerm } from './parse-query';

// Relevance for the capped candidate set, computed from headline, lead, bylines and tags. FTS5's
// bm25() reads every match of every query word to weigh it, and column-filtered FTS5 queries
// ("this word in the headline") walk a word's whole posting list when few rows qualify; a few
// hundred short texts are read and compared in a few milliseconds instead.

export type CandidateText = {
  rowid: number;
  title: string;
  lead: string;
  bylines: string;
  tags: string;
  /** The search index found a word spelled exactly as typed somewhere, the body included. */
  exactAnywhere: boolean;
};

export type Scored = { rowid: number; tier: number; score: number };

type Field = { folded: string[]; exact: string[] };

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const words = (text: string | undefined) => text?.match(WORD) ?? [];
// A character no field contains, so four fields fold in one call (folding dominates the cost).
const SEPARATOR = '\u0001';

function fields(doc: CandidateText, withExact: boolean): { title: Field; lead: Field; bylines: Field; tags: Field } {
  const [title, lead, bylines, tags] = foldForIndex([doc.title, doc.lead, doc.bylines, doc.tags].join(SEPARATOR)).split(SEPARATOR);
  const [titleExact, leadExact] = withExact ? exactForIndex(`${doc.title}${SEPARATOR}${doc.lead}`).split(SEPARATOR) : [];
  return {
    title: { folded: words(title), exact: words(titleExact) },
    lead: { folded: words(lead), exact: words(leadExact) },
    bylines: { folded: words(bylines), exact: [] },
    tags: { folded: words(tags), exact: [] },
  };
}

function contains(haystack: string[], needle: string[], prefix: boolean): boolean {
  const last = needle.length - 1;
  outer: for (let i = 0; i + last < haystack.length; i++) {
    for (let j = 0; j <= last; j++) {
      const word = haystack[i + j]!;
      const ok = prefix && j === last ? word.startsWith(needle[j]!) : word === needle[j];
      if (!ok) continue outer;
    }
    return true;
  }
  return false;
}

const foldedMatch = (f: Field, term: QueryTerm) =>
  contains(f.folded, term.folded, term.prefix) || term.alternatives.some((a) => f.folded.includes(a));

// Weights: a word in the headline counts most, then lead and byline, then tags; the body
// counts 1 for every candidate (all of them match somewhere).
const TITLE = 6;
const LEAD = 3;
const BYLINE = 3;
const TAGS = 2;
const TOGETHER = 4;

/** Tier (words spelled exactly as typed) and score for one candidate. */
export function scoreCandidate(terms: QueryTerm[], doc: CandidateText): Scored {
  const { title, lead, bylines, tags } = fields(doc, terms.some((t) => t.exact));
  let score = 1;
  let tier = doc.exactAnywhere ? 1 : 0;
  for (const term of terms) {
    if (foldedMatch(title, term)) score += TITLE;
    if (foldedMatch(lead, term)) score += LEAD;
    if (foldedMatch(bylines, term)) score += BYLINE;
    if (foldedMatch(tags, term)) score += TAGS;
    if (term.exact && [title, lead].some((f) => contains(f.exact, term.exact!, term.prefix))) tier += 1;
  }
  // Words standing together, as typed: "tran anh minh" is a byline, not three scattered words.
  if (terms.length > 1 && terms.every((t) => t.folded.length === 1)) {
    const together = terms.map((t) => t.folded[0]!);
    const prefix = terms[terms.length - 1]!.prefix;
    for (const f of [title, lead, bylines]) if (contains(f.folded, together, prefix)) score += TOGETHER;
  }
  return { rowid: doc.rowid, tier, score };
}

/** More exact spellings first, then the higher score, then the newer article. */
export function rankCandidates(terms: QueryTerm[], docs: CandidateText[]): Scored[] {
  return docs
    .map((doc) => scoreCandidate(terms, doc))
    .sort((a, b) => b.tier - a.tier || b.score - a.score || b.rowid - a.rowid);
}
