import { describe, expect, it } from 'vitest';
import { addSurrogateKeys } from './surrogate-keys.mjs';

describe('addSurrogateKeys', () => {
  it("gives a page the app's tags its render read, space- and comma-separated, without Next's path tags, and the site-wide key", () => {
    const page = {
      kind: 'APP_PAGE',
      headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/[category]/[article]/page,sections,breaking,article:12,section:3,section:3,event:5' },
    };
    addSurrogateKeys(page);
    expect(page.headers).toMatchObject({
      'surrogate-key': 'sections breaking article:12 section:3 event:5 toasoan',
      'cache-tag': 'sections,breaking,article:12,section:3,event:5,toasoan',
    });
  });

  it('leaves data entries, pages without tags and empty values alone', () => {
    const data = { kind: 'FETCH', headers: { 'x-next-cache-tags': 'article:1' } };
    const untagged = { kind: 'APP_PAGE', headers: {} };
    const implicitOnly = { kind: 'APP_ROUTE', headers: { 'x-next-cache-tags': '_N_T_/rss.xml/route' } };
    for (const entry of [data, untagged, implicitOnly]) addSurrogateKeys(entry);
    expect([data, untagged, implicitOnly].map((entry) => 'surrogate-key' in entry.headers)).toEqual([false, false, false]);
    expect(() => addSurrogateKeys(null)).not.toThrow();
  });
});
