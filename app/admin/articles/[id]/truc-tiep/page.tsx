import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/domain/capabilities';
import { bodyToPlainText } from '@/lib/article-body/text';
import { getEditableArticle } from '@/lib/data/articles/editable';
import { getLiveState } from '@/lib/data/live/coverage';
import { listNewsroomLivePosts } from '@/lib/data/live/reads';
import { loadArticleFor } from '../load-article';
import { LiveDesk, type DeskPost } from './_components/live-desk';
import { liveDeskStamp } from './desk-stamp';
import './_components/live-desk.css';

export const metadata: Metadata = { title: 'Tường thuật trực tiếp' };

type Props = { params: Promise<{ id: string }> };

/** The newsroom's live page of an article: start and end, the composer, and every post, drafts first. */
export default async function LiveCoveragePage({ params }: Props) {
  // Reporters contribute drafts to any live page, not only their own articles.
  const { id, user } = await loadArticleFor(params, 'live:draft');
  const article = getEditableArticle(id);
  if (!article) notFound();
  const live = getLiveState(id);
  const mayPost = can(user, 'live:post');
  const posts: DeskPost[] = listNewsroomLivePosts(id).map((post) => {
    const photo = post.body.content.find((block) => block.type === 'figure');
    return {
      id: post.id,
      title: post.title,
      text: bodyToPlainText({ type: 'doc', content: post.body.content.filter((block) => block.type !== 'figure') }),
      mediaId: photo?.type === 'figure' ? photo.attrs.mediaId : null,
      keyEvent: post.keyEvent,
      pinned: post.pinned,
      status: post.status,
      version: post.version,
      at: post.publishedAt,
      author: post.author,
      mayChange: mayPost || (post.createdBy === user.id && post.status === 'draft'),
    };
  });
  return (
    <>
      <p>
        <AdminLink href={`/admin/articles/${id}`}>← Về bài viết</AdminLink>
        {article.status === 'published' && article.path && (
          <>
            {' · '}
            <a href={article.path}>Xem trên trang</a>
          </>
        )}
      </p>
      <h1>Tường thuật trực tiếp: {article.snapshot.title || 'Bài chưa có tiêu đề'}</h1>
      <LiveDesk
        articleId={id}
        live={live && { startedAt: live.startedAt, endedAt: live.endedAt }}
        posts={posts}
        mayPost={mayPost}
        mayManage={can(user, 'live:manage')}
        published={article.status === 'published'}
        stamp={liveDeskStamp(live, article.status)}
      />
    </>
  );
}
