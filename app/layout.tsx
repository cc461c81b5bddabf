import type { Metadata, Viewport } from 'next';
import { env } from '@/lib/env';
import { serifLatin, serifVietnamese } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: `${env.SITE_NAME} — Tin tức Việt Nam`, template: `%s | ${env.SITE_NAME}` },
  description: 'Báo điện tử Tòa soạn: tin tức thời sự, quốc phòng, kinh tế, xã hội, văn hóa, thể thao và quốc tế.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#8b0000' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi" className={`${serifLatin.variable} ${serifVietnamese.variable}`}>
      <body>{children}</body>
    </html>
  );
}
