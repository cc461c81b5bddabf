import type { ReactNode } from 'react';
import { SectionNav } from '@/app/ui/section-nav';
import { SiteFooter } from '@/app/ui/site-footer';
import { SiteHeader } from '@/app/ui/site-header';

// `nav` is the @nav slot: it sees the URL's segments (this layout does not), so the section bar
// can mark the current section without client code. The root 404 page renders this layout
// without a slot.
export default function SiteLayout({ children, nav }: { children: ReactNode; nav?: ReactNode }) {
  return (
    <>
      <SiteHeader sectionNav={nav ?? <SectionNav firstSegment={null} />} />
      <main id="noi-dung" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
