import { ReaderLink } from './reader-link';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { SearchBox } from './search-box';
import { TextSizeControls } from './text-size-controls';

/** Masthead with the section bar (app/ui/section-nav.tsx) the layout gives it; shared by every reader's page. */
export function SiteHeader({ sectionNav }: { sectionNav: ReactNode }) {
  return (
    <header className="masthead">
      <a className="skip-link" href="#noi-dung">
        Bỏ qua đến nội dung chính
      </a>
      <div className="masthead-inner">
        <ReaderLink href="/" className="brand" aria-label={`${env.SITE_NAME} — Trang chủ`}>
          {env.SITE_NAME}
        </ReaderLink>
        <div className="masthead-tools">
          <TextSizeControls />
          <SearchBox id="q" />
        </div>
      </div>
      {sectionNav}
    </header>
  );
}
