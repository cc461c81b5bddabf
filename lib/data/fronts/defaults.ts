import 'server-only';
import type { Section } from '@/lib/data/dto';
import type { FrontContainer, FrontDocument } from '@/lib/domain/front-document';

// The fronts a site has before anyone curates them: they reproduce the pages as they were before
// fronts existed, so nothing changes for readers until an editor publishes. They are computed, not
// stored, so a section created later has its default front too; a saved front wins.

/** How many cards the home's section blocks show. */
export const HOME_SECTION_BLOCK_SLOTS = 4;

const container = (fields: Omit<FrontContainer, 'cards'>): FrontContainer => ({ ...fields, cards: [] });

/** The home as it was: the latest story as the lead, the next eight, most read, one block per top-level section. */
export function defaultHomeFront(sections: Section[]): FrontDocument {
  return {
    containers: [
      container({ id: 'tin-chinh', name: 'Tin chính', showName: false, layout: 'lead', slots: 1, backfill: { kind: 'latest' } }),
      container({ id: 'tin-moi', name: 'Tin mới', showName: true, layout: 'featured', slots: 8, backfill: { kind: 'latest' } }),
      container({ id: 'doc-nhieu', name: 'Đọc nhiều', showName: true, layout: 'most-read', slots: 5, backfill: { kind: 'none' } }),
      ...sections
        .filter((section) => section.parent === null)
        .map((section) =>
          container({
            id: `muc-${section.id}`,
            name: section.name,
            showName: true,
            layout: 'section-block',
            slots: HOME_SECTION_BLOCK_SLOTS,
            backfill: { kind: 'section', sectionId: section.id },
          }),
        ),
    ],
  };
}

/**
 * A section's page was its paginated listing alone, so its default front has no containers: the
 * page stays as it was. Containers an editor publishes are shown above the listing on page 1.
 */
export function defaultSectionFront(): FrontDocument {
  return { containers: [] };
}
