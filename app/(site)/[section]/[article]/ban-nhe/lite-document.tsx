import type { ReactNode } from 'react';
import { PlainAnchor } from '@/app/ui/anchor';
import { env } from '@/lib/env';
import { LITE_CSS } from './lite-styles';

type Props = { title: string; description?: string; canonicalUrl: string; children: ReactNode };

/** The lite page's whole document: masthead, one article, footer; inline CSS and no script. */
export function LiteDocument({ title, description, canonicalUrl, children }: Props) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${env.SITE_NAME}`}</title>
        {description && <meta name="description" content={description} />}
        <link rel="canonical" href={canonicalUrl} />
        <style dangerouslySetInnerHTML={{ __html: LITE_CSS }} />
      </head>
      <body>
        <header className="masthead">
          <PlainAnchor href="/" className="brand">
            {env.SITE_NAME}
          </PlainAnchor>
        </header>
        <main id="noi-dung">{children}</main>
        <footer className="site-footer">
          <PlainAnchor href="/">Trang chủ</PlainAnchor>
        </footer>
      </body>
    </html>
  );
}
