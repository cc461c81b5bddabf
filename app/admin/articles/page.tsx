import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { NewsTime } from '@/app/ui/news-time';
import { Pagination } from '@/app/ui/pagination';
import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import { can } from '@/lib/domain/capabilities';
import { requireStaffPage } from '@/lib/auth/guard';
import { listAdminArticles, listArticleCreators } from '@/lib/data/articles/admin-list';
import { type ImportNote, listImportNotes } from '@/lib/data/articles/import-notes';
import { DuplicateNote } from '@/app/admin/import/_components/duplicate-note';
import { listSections } from '@/lib/data/sections';
import { ArticleFilters } from './_components/article-filters';
import { ScheduledNext } from './_components/scheduled-next';
import { listHref, parseListQuery } from './_components/list-query';

export const metadata: Metadata = { title: 'Bài viết' };

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const query = parseListQuery(await searchParams);
  const { items, total, totalIsCapped } = listAdminArticles(user, {
    status: query.status ?? undefined,
    sectionId: query.sectionId ?? undefined,
    createdBy: query.authorId ?? undefined,
    query: query.q,
    needsHeadline: query.needsHeadline,
    page: query.page,
    pageSize: PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Imported drafts share provisional headlines: their file, first words and any article they repeat tell them apart.
  const importNotes = listImportNotes(items.filter((item) => item.needsHeadline).map((item) => item.id));
  return (
    <>
      <h1>{query.needsHeadline ? 'Bài cần tiêu đề' : 'Bài viết'}</h1>
      <p>
        {can(user, 'article:create') && <AdminLink href="/admin/articles/new">Viết bài mới</AdminLink>}
        {' · '}
        {query.needsHeadline ? (
          <AdminLink href="/admin/articles">Tất cả bài viết</AdminLink>
        ) : (
          <AdminLink href="/admin/articles?can-tieu-de=1">Cần tiêu đề (bài nhập tự động)</AdminLink>
        )}
      </p>
      {can(user, 'article:schedule') && <ScheduledNext limit={3} />}
      <ArticleFilters
        query={query}
        sections={listSections()}
        authors={listArticleCreators(user)}
      />
      <p role="status">{listedCount(total, totalIsCapped)}</p>
      <table className="admin-table">
        <caption className="visually-hidden">Danh sách bài viết</caption>
        <thead>
          <tr>
            <th scope="col">Tiêu đề</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Chuyên mục</th>
            <th scope="col">Người viết</th>
            <th scope="col">Sửa lần cuối</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <AdminLink href={`/admin/articles/${item.id}`}>{item.title || '(Chưa có tiêu đề)'}</AdminLink>
                {item.needsHeadline && <span> · Cần tiêu đề</span>}
                {importNotes.has(item.id) && <ImportNoteLines note={importNotes.get(item.id)!} />}
              </td>
              <td data-label="Trạng thái">{STATUS_LABELS[item.status]}</td>
              <td data-label="Chuyên mục">{item.sectionName}</td>
              <td data-label="Người viết">{item.authorName ?? '—'}</td>
              <td data-label="Sửa lần cuối">
                <NewsTime iso={item.updatedAt} short />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={query.page} pageCount={pages} href={(n) => listHref(query, n)} />
    </>
  );
}

const number = new Intl.NumberFormat('vi');

function listedCount(total: number, capped: boolean): string {
  return capped ? `Hơn ${number.format(total)} bài` : `${number.format(total)} bài`;
}

function ImportNoteLines({ note }: { note: ImportNote }) {
  return (
    <>
      <br />
      <small>
        Tệp {note.file}: “{note.excerpt}”
      </small>
      {note.duplicateOf && (
        <>
          <br />
          <DuplicateNote duplicate={note.duplicateOf} />
        </>
      )}
    </>
  );
}
