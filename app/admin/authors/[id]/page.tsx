import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/domain/capabilities';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { getEditableAuthor } from '@/lib/data/authors';
import { listStaff } from '@/lib/data/users';
import { AuthorProfileForm } from '../_components/author-profile-form';

export const metadata: Metadata = { title: 'Hồ sơ tác giả' };

/** One author's profile: its own author or an admin edits it; it shows on /tac-gia/{slug}. */
export default async function AuthorProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const author = Number.isSafeInteger(id) && id > 0 ? getEditableAuthor(id) : null;
  const user = await requireCapabilityPage('author:edit', { createdBy: author?.userId ?? null });
  if (!author) notFound();
  return (
    <>
      {can(user, 'author:edit', { createdBy: null }) ? (
        <p>
          <AdminLink href="/admin/authors">← Tác giả</AdminLink>
        </p>
      ) : null}
      <h1>Hồ sơ tác giả: {author.name}</h1>
      <p>
        Hiển thị trên trang <AdminLink href={author.path}>{author.path}</AdminLink> cùng các bài của tác giả.
      </p>
      <AuthorProfileForm
        author={author}
        accounts={can(user, 'staff:manage') ? listStaff().map(({ id, name, email }) => ({ id, name, email })) : undefined}
      />
    </>
  );
}
