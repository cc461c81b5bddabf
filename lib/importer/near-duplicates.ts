import { createHash } from 'node:crypto';
import { foldVietnamese } from '@/lib/vi/text';

// Near-duplicate detection for imported articles, bounded per file whatever the archive's size:
//  - "same": the hash of the folded words of lead and body (bylines are never part of them), so
//    the same story with another byline, none, other diacritics or other spacing matches;
//  - "similar": Jaccard similarity of the word trigrams of the first SHINGLE_WORDS words. Each
//    text is indexed by its SKETCH_SIZE smallest trigram hashes (a bottom-k sketch): two texts
//    with similarity J share one of them with probability about 1 - (1 - J)^k, so candidates
//    come from a few map lookups, and only the best MAX_CANDIDATES are compared in full.
//    A lookup reads at most the newest MAX_POSTING_READ texts under each key, so a trigram that
//    thousands of texts share ("theo báo cáo của") costs no more than a rare one.

const SHINGLE_WORDS = 200;
const SKETCH_SIZE = 8;
const MAX_CANDIDATES = 32;
const MAX_POSTING_READ = 128;
/** From this Jaccard similarity of the opening trigrams on, two texts tell the same story. */
export const SIMILAR_THRESHOLD = 0.5;

export type TextFingerprint = { bodyHash: string; shingles: Uint32Array };
export type DuplicateMatch = { id: number; title: string; kind: 'same' | 'similar'; similarity: number };
type Entry = { id: number; title: string; shingles: Uint32Array };

// After folding, words are mostly a-z; any other letter or digit counts, general punctuation
// (U+2000–U+206F: dashes, curly quotes, ellipsis) does not. Faster than \p{L} on every file.
const NOT_WORD = /[^a-z0-9\u00c0-\u1fff\u2070-\uffff]+/g;

// FNV-1a, 32 bits: fast, and good enough to tell trigrams apart within one article.
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The fingerprint of an article's text: its lead and body text, without bylines or captions. */
export function fingerprintText(text: string): TextFingerprint {
  const words = foldVietnamese(text).replace(NOT_WORD, ' ').trim();
  // No words (only punctuation, say) is no story to match by hash.
  const bodyHash = words === '' ? '' : createHash('sha256').update(words).digest('base64url');
  const opening = words === '' ? [] : words.split(' ', SHINGLE_WORDS);
  const hashes = new Set<number>();
  for (let i = 0; i + 2 < opening.length; i++) hashes.add(hash32(`${opening[i]} ${opening[i + 1]} ${opening[i + 2]}`));
  // A text under three words is its own single shingle.
  if (hashes.size === 0 && opening.length > 0) hashes.add(hash32(opening.join(' ')));
  return { bodyHash, shingles: Uint32Array.from(hashes).sort() };
}

/** |A ∩ B| / |A ∪ B| of two sorted sets. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** Articles already known (stored, or imported earlier in the same batch) to compare new ones with. */
export class DuplicateIndex {
  private readonly byHash = new Map<string, Entry>();
  private readonly postings = new Map<number, Entry[]>();

  private readonly ids = new Set<number>();

  /** How many articles it holds. */
  get size(): number {
    return this.ids.size;
  }

  /** Adds an article; one it holds already is left as it was. */
  add(id: number, title: string, fingerprint: TextFingerprint): void {
    if (this.ids.has(id)) return;
    this.ids.add(id);
    const entry = { id, title, shingles: fingerprint.shingles };
    if (fingerprint.bodyHash && !this.byHash.has(fingerprint.bodyHash)) this.byHash.set(fingerprint.bodyHash, entry);
    for (const key of fingerprint.shingles.subarray(0, SKETCH_SIZE)) {
      const posting = this.postings.get(key);
      if (posting) posting.push(entry);
      else this.postings.set(key, [entry]);
    }
  }

  /** The known article this text duplicates: the same words first, else the most similar opening. */
  find(fingerprint: TextFingerprint): DuplicateMatch | null {
    const same = fingerprint.bodyHash ? this.byHash.get(fingerprint.bodyHash) : undefined;
    if (same) return { id: same.id, title: same.title, kind: 'same', similarity: 1 };
    const sharedKeys = new Map<Entry, number>();
    for (const key of fingerprint.shingles.subarray(0, SKETCH_SIZE)) {
      const posting = this.postings.get(key) ?? [];
      for (let i = posting.length - 1; i >= Math.max(0, posting.length - MAX_POSTING_READ); i--) {
        const entry = posting[i]!;
        sharedKeys.set(entry, (sharedKeys.get(entry) ?? 0) + 1);
      }
    }
    // The most similar; between equals the oldest, which the others most likely copied.
    let best: { entry: Entry; similarity: number } | null = null;
    const candidates = [...sharedKeys].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    for (const [entry] of candidates) {
      const similarity = jaccard(fingerprint.shingles, entry.shingles);
      if (similarity < SIMILAR_THRESHOLD || (best && (similarity < best.similarity || (similarity === best.similarity && entry.id > best.entry.id)))) continue;
      best = { entry, similarity };
    }
    return best && { id: best.entry.id, title: best.entry.title, kind: 'similar', similarity: Math.round(best.similarity * 100) / 100 };
  }
}

/** An article's words for fingerprinting: its lead and every text node of its body (not captions, not bylines). */
export function articleTextOf(lead: string, body: unknown): string {
  const parts = [lead];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const { text, content } = node as { text?: unknown; content?: unknown };
      if (typeof text === 'string') parts.push(text);
      if (content) walk(content);
    }
  };
  walk(body);
  return parts.join('\n');
}
