import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { redirect } from 'next/navigation';
import { can } from '@/lib/domain/capabilities';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { getAuthorOfUser, listAuthors } from '@/lib/data/authors';

export const metadata: Metadata = { title: 'Tác giả' };

/** Admins: every author's profile. Everyone else goes straight to their own byline's profile. */
export default async function AuthorsPage() {
  const user = await requireCapabilityPage('account:edit');
  if (!can(user, 'author:edit', { createdBy: null })) {
    const own = getAuthorOfUser(user.id);
    if (own) redirect(`/admin/authors/${own.id}`);
    return (
      <>
        <h1>Hồ sơ tác giả</h1>
        <p>Tài khoản này chưa có tên tác giả. Hồ sơ được tạo khi bạn đứng tên tác giả của một bài viết.</p>
      </>
    );
  }
  const authors = listAuthors();
  return (
    <>
      <h1>Tác giả</h1>
      <ul className="author-admin-list">
        {authors.map((author) => (
          <li key={author.id}>
            <AdminLink href={`/admin/authors/${author.id}`}>{author.name}</AdminLink>
            {author.roleTitle ? ` · ${author.roleTitle}` : ''}
            {author.bio ? null : ' · chưa có giới thiệu'}
          </li>
        ))}
      </ul>
    </>
  );
}
