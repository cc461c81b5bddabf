import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { can } from '@/lib/domain/capabilities';
import { frontSources, listFrontCardArticles } from '@/lib/data/fronts/picker';
import { listFrontRevisions } from '@/lib/data/fronts/store';
import { FrontEditor } from '../_components/front-editor';
import { loadFrontFor } from './load-front';
import '../_components/fronts.css';

export const metadata: Metadata = { title: 'Sửa trang nhất' };

const REVISIONS_SHOWN = 30;

type Props = { params: Promise<{ key: string }> };

export default async function FrontEditorPage({ params }: Props) {
  const { user, front } = await loadFrontFor(params, 'front:edit');
  const cardIds = [...new Set(front.draft.containers.flatMap((container) => container.cards.map((card) => card.articleId)))];
  return (
    <>
      <p>
        <AdminLink href="/admin/fronts">← Các trang nhất</AdminLink>
      </p>
      <h1>Trang nhất: {front.name}</h1>
      <p>
        Trang độc giả: <a href={front.path}>{front.path}</a>
      </p>
      <FrontEditor
        front={front}
        revisions={listFrontRevisions(front.key, REVISIONS_SHOWN)}
        sources={frontSources()}
        articles={listFrontCardArticles(cardIds)}
        canPublish={can(user, 'front:publish')}
      />
    </>
  );
}
