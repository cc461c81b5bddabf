import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { SITE_DESCRIPTION, THEME_COLOR } from '@/lib/seo/site';

// Lets phones add the paper to the home screen with its name and icon (app/icon.png is 192 px;
// the 512 px one is made by scripts/make-icons.mjs).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: env.SITE_NAME,
    short_name: env.SITE_NAME,
    description: SITE_DESCRIPTION,
    lang: 'vi',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: '/icon.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}
