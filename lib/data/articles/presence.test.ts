import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections, users } from '@/db/schema';
import { createArticle } from './create';
import { leaveArticle, PRESENCE_TTL_MS, recordPresence, takeOverArticle } from './presence';

let articleId = 0;
let lan = 0;
let minh = 0;
const t0 = new Date('2026-12-01T02:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(() => {
  const sectionId = db.insert(sections).values({ name: 'Kinh tế', slug: 'kinh-te' }).returning().get().id;
  articleId = createArticle({ title: 'Giá cà phê', lead: '', body: { type: 'doc', content: [] }, sectionId, status: 'draft' }).id;
  lan = db.insert(users).values({ email: 'lan@toasoan.test', name: 'Nguyễn Thị Lan' }).returning().get().id;
  minh = db.insert(users).values({ email: 'minh@toasoan.test', name: 'Trần Văn Minh' }).returning().get().id;
});

describe('article presence', () => {
  it('tells each editor about the other, once per person, and not about themselves', () => {
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: t0 })).toEqual({ others: [], takenOverBy: null });
    recordPresence({ articleId, clientId: 'lan-2', userId: lan, now: at(1000) });
    expect(recordPresence({ articleId, clientId: 'minh-1', userId: minh, now: at(2000) })).toEqual({
      others: [{ userId: lan, name: 'Nguyễn Thị Lan' }],
      takenOverBy: null,
    });
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: at(3000) }).others).toEqual([{ userId: minh, name: 'Trần Văn Minh' }]);
  });

  it('forgets a tab not heard from for the time limit, and one that left', () => {
    // Minh's last heartbeat was at 2 s: still there just inside the limit, gone just after it.
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: at(2000 + PRESENCE_TTL_MS) }).others).toHaveLength(1);
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: at(2001 + PRESENCE_TTL_MS) }).others).toEqual([]);
    recordPresence({ articleId, clientId: 'minh-1', userId: minh, now: at(30_000) });
    leaveArticle({ articleId, clientId: 'minh-1', userId: lan });
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: at(30_500) }).others).toHaveLength(1);
    leaveArticle({ articleId, clientId: 'minh-1', userId: minh });
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: at(31_000) }).others).toEqual([]);
  });

  it('a take-over is told to the other tab, which no longer shows as editing; taking it back works the same way', () => {
    recordPresence({ articleId, clientId: 'minh-1', userId: minh, now: at(40_000) });
    expect(takeOverArticle({ articleId, clientId: 'lan-1', userId: lan, now: at(41_000) })).toEqual({ others: [], takenOverBy: null });
    expect(recordPresence({ articleId, clientId: 'minh-1', userId: minh, now: at(42_000) })).toEqual({
      others: [{ userId: lan, name: 'Nguyễn Thị Lan' }],
      takenOverBy: { userId: lan, name: 'Nguyễn Thị Lan' },
    });
    expect(takeOverArticle({ articleId, clientId: 'minh-1', userId: minh, now: at(43_000) }).takenOverBy).toBeNull();
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: at(44_000) }).takenOverBy).toEqual({ userId: minh, name: 'Trần Văn Minh' });
  });

  it("a request naming another person's tab neither takes its row nor keeps it alive", () => {
    // Minh's tab last spoke at 43 s; Lan's request naming it at 45 s changes nothing.
    recordPresence({ articleId, clientId: 'minh-1', userId: lan, now: at(45_000) });
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: at(45_500) }).others).toEqual([{ userId: minh, name: 'Trần Văn Minh' }]);
    expect(recordPresence({ articleId, clientId: 'lan-1', userId: lan, now: at(43_001 + PRESENCE_TTL_MS) }).others).toEqual([]);
  });
});
