import type { ReactNode } from 'react';
import { BreakingNewsBanner } from '@/app/ui/breaking-news-banner';
import { SectionNav } from '@/app/ui/section-nav';
import { SiteFooter } from '@/app/ui/site-footer';
import { SiteHeader } from '@/app/ui/site-header';
import { APPLY_TEXT_SIZE_SCRIPT } from '@/app/ui/text-size';

// `nav` is the @nav slot: it sees the URL's segments (this layout does not), so the section bar
// can mark the current section without client code. The 404 page for URLs no route matches
// (app/global-not-found.tsx) renders this layout without a slot. The inline script comes first
// so the reader's text size is applied before anything is painted; the public CSP allows inline
// scripts (ADR 8), so it needs no hash. The breaking-news banner carries its own cache tag:
// marking or clearing it re-renders every page.
export default function SiteLayout({ children, nav }: { children: ReactNode; nav?: ReactNode }) {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: APPLY_TEXT_SIZE_SCRIPT }} />
      <SiteHeader sectionNav={nav ?? <SectionNav firstSegment={null} />} />
      <BreakingNewsBanner />
      <main id="noi-dung" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
