import type { BylineRole } from '@/lib/domain/byline-roles';
import { toTitleCase } from '@/lib/vi/text';

export type Credit = { role: BylineRole; label: string; name: string; url: string | null };

export type Person = { '@type': 'Person'; name: string; url?: string; jobTitle?: string };
export type Organization = { '@type': 'Organization'; name: string };

// Papers print names in capitals ("TRẦN ANH MINH"); structured data wants the name as written
// in a sentence. Mixed-case names are kept as the newsroom typed them.
function displayName(name: string): string {
  return name === name.toLocaleUpperCase('vi') ? toTitleCase(name) : name;
}

const JOB_TITLES: Record<Exclude<BylineRole, 'source'>, string> = {
  writer: 'Phóng viên',
  photographer: 'Phóng viên ảnh',
  writer_photographer: 'Phóng viên, phóng viên ảnh',
};

function person(credit: Credit): Person {
  const role = credit.role === 'source' ? 'writer' : credit.role;
  return {
    '@type': 'Person',
    name: displayName(credit.name),
    ...(credit.url ? { url: credit.url } : {}),
    jobTitle: JOB_TITLES[role],
  };
}

/**
 * Who wrote the story and who took its photos, from the printed credits. "Tin, ảnh" and "Bài và
 * ảnh" credit one person for both; "Ảnh" alone is a contributor, not an author; "Theo TTXVN" names
 * the source organisation, which becomes the author only when nobody on staff is credited.
 */
export function creditsToSchema(credits: Credit[]): {
  author: (Person | Organization)[];
  contributor: Person[];
  photographers: string[];
} {
  const writers = credits.filter((c) => c.role === 'writer' || c.role === 'writer_photographer').map(person);
  const photographers = credits.filter((c) => c.role === 'photographer' || c.role === 'writer_photographer');
  const sources: Organization[] = credits
    .filter((c) => c.role === 'source')
    .map((c) => ({ '@type': 'Organization', name: c.name }));
  return {
    author: writers.length > 0 ? writers : sources,
    contributor: credits.filter((c) => c.role === 'photographer').map(person),
    photographers: photographers.map((c) => displayName(c.name)),
  };
}

/** Plain names of the people credited with the text, for feeds and `article:author`. */
export function writerNames(credits: Credit[]): string[] {
  return creditsToSchema(credits).author.map((a) => a.name);
}
