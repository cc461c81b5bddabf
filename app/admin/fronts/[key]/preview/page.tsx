import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontView } from '@/app/ui/front/front-view';
import { resolveFront } from '@/lib/data/fronts/resolve';
import { getFrontRevision } from '@/lib/data/fronts/store';
import { HOME_FRONT_KEY } from '@/lib/domain/front-document';
import { loadFrontFor } from '../load-front';
import '../../_components/fronts.css';

// The front editor frames this page at 390 and 1280 px (the only newsroom page that may be framed,
// and only by the newsroom: lib/security/admin-csp.ts). Rendered per request for staff who may edit
// fronts; next.config.js sends `private, no-store` for everything under /admin.
export const metadata: Metadata = { title: 'Xem trước trang nhất', robots: { index: false, follow: false } };

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ 'phien-ban'?: string | string[] }> };

export default async function FrontPreviewPage({ params, searchParams }: Props) {
  const { front } = await loadFrontFor(params, 'front:edit');
  const revision = (await searchParams)['phien-ban'];
  const revisionId = typeof revision === 'string' && /^\d{1,10}$/.test(revision) ? Number(revision) : null;
  const document = revisionId === null ? front.draft : getFrontRevision(front.key, revisionId);
  if (!document) notFound();
  // The very component readers' pages render, so the preview cannot drift from the page.
  return (
    <div className={front.key === HOME_FRONT_KEY ? 'home front-preview-page' : 'front-preview-page'}>
      <h1 className="visually-hidden">Xem trước trang nhất: {front.name}</h1>
      <FrontView front={resolveFront(document)} />
    </div>
  );
}
