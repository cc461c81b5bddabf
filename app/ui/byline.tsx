import { ReaderLink } from './reader-link';
import type { Byline as BylineData } from '@/lib/data/dto';
import type { Anchor } from './anchor';

/** Credits as the paper prints them at the foot of the story: "Tin, ảnh: TRẦN ANH MINH". */
export function Byline({ bylines, link: A = ReaderLink }: { bylines: BylineData[]; link?: Anchor }) {
  if (bylines.length === 0) return null;
  // Consecutive names under the same label share it: "Bài: A, B; Ảnh: C".
  const groups: { label: string; people: BylineData[] }[] = [];
  for (const byline of bylines) {
    const last = groups[groups.length - 1];
    if (last && last.label === byline.label) last.people.push(byline);
    else groups.push({ label: byline.label, people: [byline] });
  }
  return (
    <p className="byline">
      {groups.map((group, g) => (
        <span key={g}>
          {g > 0 && '; '}
          {group.label}
          {group.label === 'Theo' ? ' ' : ': '}
          {group.people.map((person, i) => (
            <span key={i}>
              {i > 0 && ', '}
              {person.authorPath ? (
                <A href={person.authorPath} rel="author" className="byline-name">
                  {person.name}
                </A>
              ) : (
                <span className="byline-name">{person.name}</span>
              )}
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}
