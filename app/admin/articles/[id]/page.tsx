import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getEditableArticle, getPendingAutosave } from '@/lib/data/articles/editable';
import { sectionChoices } from '@/app/admin/_components/choices';
import { listSections } from '@/lib/data/sections';
import { getArticleSchedule } from '@/lib/data/articles/schedule';
import { listDeskCorrections } from '@/lib/data/articles/corrections';
import { CorrectionsPanel } from '../_components/corrections-panel';
import { BreakingNewsPanel } from '../_components/breaking-news-panel';
import { PreviewLinksPanel } from '../_components/preview-links-panel';
import { listPreviewLinks } from '@/lib/data/articles/preview-links';
import { getArticleBreakingExpiry, getBreakingNews } from '@/lib/data/breaking-news';
import { can } from '@/lib/domain/capabilities';
import { ArticleEditor } from '../_components/article-editor';
import { editorPermissions } from '../_components/permissions';
import { formatDateTime } from '@/lib/vi/time';
import { loadArticleFor } from './load-article';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { getLiveState } from '@/lib/data/live/coverage';

export const metadata: Metadata = { title: 'Sửa bài' };

type Props = { params: Promise<{ id: string }> };

/** The headline in the banner now, when it is another article's. */
function otherBreakingTitle(id: number): string | null {
  const current = getBreakingNews();
  return current && current.articleId !== id ? current.title : null;
}

export default async function EditArticlePage({ params }: Props) {
  const { id, user, resource } = await loadArticleFor(params, 'article:read');
  const article = getEditableArticle(id);
  if (!article) notFound();
  const permissions = editorPermissions(user, resource);
  // A live article's unapplied autosave, or a scheduled one's edits the pre-publish checks kept
  // out of the version due to go live, is where the writer left off.
  const pending =
    (article.status === 'published' || article.status === 'scheduled') && permissions.edit ? getPendingAutosave(id) : null;
  const resumable = pending && pending.baseVersion === article.version ? pending : null;
  const sections = sectionChoices(listSections());
  return (
    <>
      <h1 className="editor-page-title">{article.snapshot.title || 'Bài chưa có tiêu đề'}</h1>
      {article.needsHeadline && (
        <p role="note">Bài nhập tự động: cần đặt tiêu đề trước khi đăng.</p>
      )}
      <ArticleEditor
        meta={{ id, version: article.version, status: article.status, base: article.snapshot }}
        initial={resumable?.snapshot ?? article.snapshot}
        sections={sections}
        permissions={permissions}
        path={article.status === 'published' ? article.path : null}
        reviewNote={article.reviewNote}
        schedule={can(user, 'article:schedule', resource) ? getArticleSchedule(id) : null}
        provisionalTitle={article.needsHeadline ? article.snapshot.title : null}
        notice={
          !resumable
            ? null
            : article.status === 'scheduled'
              ? `Đang mở bản đang sửa lúc ${formatDateTime(new Date(resumable.savedAt))}, chưa lưu vào bài hẹn giờ vì chưa qua kiểm tra trước khi đăng. Sửa rồi bấm “Lưu”.`
              : `Đang mở bản tự lưu lúc ${formatDateTime(new Date(resumable.savedAt))}, chưa cập nhật lên trang. Bấm “Cập nhật” để đăng các thay đổi này.`
        }
        settings={
          <>
            {can(user, 'live:draft') && <LiveLink id={id} />}
            {article.status !== 'published' && can(user, 'article:publish', resource) && (
              <PreviewLinksPanel articleId={id} links={listPreviewLinks(id)} />
            )}
            {article.status === 'published' && can(user, 'article:correct', resource) && (
              <CorrectionsPanel articleId={id} initial={listDeskCorrections(id)} />
            )}
            {article.status === 'published' && can(user, 'breaking:manage') && (
              <BreakingNewsPanel
                articleId={id}
                expiresAt={getArticleBreakingExpiry(id)}
                replaces={otherBreakingTitle(id)}
              />
            )}
          </>
        }
      />
    </>
  );
}

/** The way to the article's live desk, saying whether its coverage is open. */
function LiveLink({ id }: { id: number }) {
  const live = getLiveState(id);
  return (
    <p className="editor-live-link">
      <AdminLink href={`/admin/articles/${id}/truc-tiep`}>Tường thuật trực tiếp</AdminLink>
      {live && (live.endedAt ? ' (đã kết thúc)' : ' (đang diễn ra)')}
    </p>
  );
}
