import { publisherLd, type JsonLd, type Publisher } from './json-ld';

// An author's page as Google reads a profile: ProfilePage whose mainEntity is the Person
// (developers.google.com/search/docs/appearance/structured-data/profile-page: mainEntity with a
// name is required; description, image, dateCreated and a jobTitle are recommended). The Person's
// @id is the one article bylines link to, so the profile and the articles name one person.

export type ProfileInput = {
  url: string;
  name: string;
  bio: string | null;
  roleTitle: string | null;
  /** A square crop of the author's photo, absolute. */
  image: { url: string; width: number; height: number } | null;
  dateCreated: string;
  publisher: Publisher;
};

export function profilePageLd(profile: ProfileInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': profile.url,
    url: profile.url,
    inLanguage: 'vi',
    dateCreated: profile.dateCreated,
    mainEntity: {
      '@type': 'Person',
      '@id': `${profile.url}#person`,
      name: profile.name,
      url: profile.url,
      ...(profile.roleTitle ? { jobTitle: profile.roleTitle } : {}),
      ...(profile.bio ? { description: profile.bio } : {}),
      ...(profile.image ? { image: { '@type': 'ImageObject', ...profile.image } } : {}),
      worksFor: publisherLd(profile.publisher),
    },
  };
}
