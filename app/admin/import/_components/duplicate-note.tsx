import { AdminLink } from '@/app/admin/_components/admin-link';
import type { DuplicateMatch } from '@/lib/importer/near-duplicates';

/** "Trùng nội dung với bài #21 …": the article an imported draft repeats, linked, in the import results and the queue. */
export function DuplicateNote({ duplicate }: { duplicate: Pick<DuplicateMatch, 'id' | 'title' | 'kind' | 'similarity'> }) {
  return (
    <strong className="admin-duplicate-note">
      {duplicate.kind === 'same'
        ? 'Trùng nội dung với '
        : `Có thể trùng (giống ${Math.round(duplicate.similarity * 100)}% phần đầu) với `}
      <AdminLink href={`/admin/articles/${duplicate.id}`}>
        bài #{duplicate.id} “{duplicate.title}”
      </AdminLink>
    </strong>
  );
}
