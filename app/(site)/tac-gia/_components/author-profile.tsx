import { ArticlePhoto } from '@/app/ui/article-photo';
import { JsonLdScript } from '@/app/ui/json-ld/json-ld-script';
import type { AuthorProfile } from '@/lib/data/authors';
import { cropPath, cropSize } from '@/lib/media/crops';
import { profilePageLd } from '@/lib/seo/profile-page';
import { absoluteUrl, sitePublisher } from '@/lib/seo/site';

/** The author's photo, role title and bio above their articles. */
export function AuthorProfileHeader({ author }: { author: AuthorProfile }) {
  if (!author.photo && !author.roleTitle && !author.bio) return null;
  return (
    <div className="author-profile">
      {author.photo ? <ArticlePhoto photo={author.photo} sizes="8rem" className="author-photo" priority /> : null}
      <div>
        {author.roleTitle ? <p className="author-role">{author.roleTitle}</p> : null}
        {author.bio ? <p className="author-bio">{author.bio}</p> : null}
      </div>
    </div>
  );
}

/** ProfilePage with the author as its Person (lib/seo/profile-page.ts); the photo as its square crop. */
export function AuthorProfileJsonLd({ author }: { author: AuthorProfile }) {
  const photo = author.photo;
  const square = photo && cropPath(photo.src, '1x1', photo.focal ?? null);
  const image = photo && square ? { url: absoluteUrl(square), ...cropSize(photo.width, photo.height, '1x1') } : null;
  return (
    <JsonLdScript
      data={profilePageLd({
        url: absoluteUrl(author.path),
        name: author.name,
        bio: author.bio,
        roleTitle: author.roleTitle,
        image,
        dateCreated: author.createdAt,
        publisher: sitePublisher(),
      })}
    />
  );
}
