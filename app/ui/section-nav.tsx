import { ReaderLink } from './reader-link';
import { getSections } from '@/lib/data/public-pages';

/**
 * The section bar under the masthead. `firstSegment` is the URL's first path segment ('' on the
 * home page): a section's own pages and its subsections' articles mark that section current.
 */
export async function SectionNav({ firstSegment }: { firstSegment: string | null }) {
  const sections = await getSections();
  const current = sections.find((section) => section.slug === firstSegment);
  const currentTop = current?.parent?.slug ?? current?.slug;
  const ariaCurrent = (isCurrent: boolean) => (isCurrent ? 'page' : undefined);
  return (
    <nav aria-label="Chuyên mục" className="section-nav">
      <ul>
        <li>
          <ReaderLink href="/" aria-current={ariaCurrent(firstSegment === '')}>
            Trang chủ
          </ReaderLink>
        </li>
        {sections
          .filter((section) => section.parent === null)
          .map((section) => (
            <li key={section.id}>
              <ReaderLink href={section.path} aria-current={ariaCurrent(section.slug === currentTop)}>
                {section.name}
              </ReaderLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
