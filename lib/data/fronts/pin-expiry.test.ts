import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections } from '@/db/schema';
import { createArticle } from '@/lib/data/articles/create';
import { HOME_FRONT_KEY, sectionFrontKey, type FrontDocument } from '@/lib/domain/front-document';
import { frontsWithPinsRunOut, nextFrontPinExpiry } from './pin-expiry';
import { publishFront, saveFrontDraft } from './store';

const now = new Date('2026-11-30T12:00:00Z');
const at = (minutes: number) => now.getTime() + minutes * 60_000;
let sectionId = 0;

function pinnedFront(...pins: (number | null)[]): FrontDocument {
  const articleId = createArticle({ title: 'Ghim', lead: '', body: { type: 'doc', content: [] }, sectionId, status: 'draft' }).id;
  return {
    containers: [
      {
        id: 'a',
        name: 'Tiêu điểm',
        showName: true,
        layout: 'featured',
        slots: 4,
        cards: pins.map((pin) => ({ articleId, pinnedUntil: pin === null ? null : new Date(pin).toISOString(), headline: null, lead: null, mediaId: null })),
        backfill: { kind: 'latest' },
      },
    ],
  };
}

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
});

describe('pins running out', () => {
  it('give the scheduler the earliest pin ahead of any published front, drafts aside', () => {
    expect(nextFrontPinExpiry(now)).toBeNull();
    publishFront(HOME_FRONT_KEY, pinnedFront(at(30), null, at(-5)), 0, null);
    publishFront(sectionFrontKey(sectionId), pinnedFront(at(10)), 0, null);
    expect(nextFrontPinExpiry(now)).toBe(at(10));
    // An unpublished draft with an earlier pin changes nothing readers see.
    saveFrontDraft(sectionFrontKey(sectionId), pinnedFront(at(1)), 1, null);
    expect(nextFrontPinExpiry(now)).toBe(at(10));
    expect(nextFrontPinExpiry(new Date(at(10)))).toBe(at(30));
    expect(nextFrontPinExpiry(new Date(at(30)))).toBeNull();
  });

  it('name the fronts whose pins ran out since the last sweep, with their pages', () => {
    expect(frontsWithPinsRunOut(at(0), new Date(at(9)))).toEqual({ tags: [], paths: [] });
    expect(frontsWithPinsRunOut(at(0), new Date(at(10)))).toEqual({ tags: [`front:section:${sectionId}`], paths: ['/thoi-su'] });
    expect(frontsWithPinsRunOut(at(10), new Date(at(40)))).toEqual({ tags: ['front:home'], paths: ['/'] });
    // The first sweep after a start also catches pins that ran out while the server was down.
    expect(frontsWithPinsRunOut(0, new Date(at(0))).tags).toEqual(['front:home']);
  });
});
