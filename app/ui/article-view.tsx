import { ReaderLink } from './reader-link';
import type { ReactNode } from 'react';
import type { Correction } from '@/lib/data/articles/corrections';
import type { ArticleDetail } from '@/lib/data/dto';
import type { SameEventBox } from '@/lib/data/event-reads';
import { formatDateLine } from '@/lib/vi/time';
import type { Anchor } from './anchor';
import { ArticleBody, type PhotoMode } from './article-body';
import { Breadcrumb } from './breadcrumb';
import { Byline } from './byline';
import { NewsTime } from './news-time';
import { SameEventBoxes } from './same-event-box';

type Props = {
  article: ArticleDetail;
  /** When it last changed (ISO); a time after its publication prints the "Cập nhật" line. */
  modifiedAt: string | null;
  corrections: Correction[];
  /** Tag pages list only public articles: a preview of an unpublished one names its tags as text. */
  linkTags: boolean;
  photos?: PhotoMode;
  /** The same story in the other form ("Bản nhẹ" on the full article, "Bản đầy đủ" on the lite one). */
  otherVersion?: { href: string; label: string };
  /** Above the story: the newsroom's "Bản xem trước" notice. */
  notice?: ReactNode;
  /** Under the byline: the public page's share links (app/ui/share-links.tsx). */
  share?: ReactNode;
  /** next/link, unless the markup is rendered without Next's client runtime. */
  link?: Anchor;
  /** After the story: "Cùng sự kiện", the latest other stories of its events (the public page only). */
  sameEvent?: SameEventBox[];
};

/** One article as readers see it: the public page, the lite page and the staff preview draw it here. */
export function ArticleView({
  article,
  modifiedAt,
  corrections,
  linkTags,
  photos = 'inline',
  otherVersion,
  notice,
  share,
  link: A = ReaderLink,
  sameEvent = [],
}: Props) {
  const crumbs = [...(article.sectionParent ? [article.sectionParent] : []), article.section];
  const updated = modifiedAt !== null && Date.parse(modifiedAt) > Date.parse(article.publishedAt);
  return (
    <>
      {notice}
      <article className="article">
        <Breadcrumb items={crumbs} link={A} />
        <header>
          <h1 className="article-title">{article.title}</h1>
          <p className="date-line">
            <NewsTime iso={article.publishedAt} />
            {updated && (
              <>
                <br />
                <span>
                  Cập nhật: <NewsTime iso={modifiedAt} />
                </span>
              </>
            )}
          </p>
          {otherVersion && (
            <p className="other-version">
              {/* A plain link: one version is a route handler, which Next's client router cannot render. */}
              <a href={otherVersion.href}>{otherVersion.label}</a>
            </p>
          )}
          {article.lead && <p className="article-lead">{article.lead}</p>}
        </header>
        <ArticleBody blocks={article.body.content} figureMedia={article.figureMedia} photos={photos} />
        <Byline bylines={article.bylines} link={A} />
        {share}
        {corrections.length > 0 && (
          <section aria-labelledby="dinh-chinh" className="article-corrections">
            <h2 id="dinh-chinh">Đính chính</h2>
            <ul>
              {corrections.map((c) => (
                <li key={c.id}>
                  <time dateTime={c.editedAt ?? c.createdAt}>{formatDateLine(new Date(c.editedAt ?? c.createdAt))}</time>
                  {c.editedAt ? ' (đính chính đã được sửa)' : ''}: {c.note}
                </li>
              ))}
            </ul>
          </section>
        )}
        {article.tags.length > 0 && (
          <footer className="article-tags">
            <h2 className="visually-hidden">Chủ đề</h2>
            <ul aria-label="Chủ đề">
              {article.tags.map((tag) => (
                <li key={tag.id}>{linkTags ? <A href={tag.path}>{tag.name}</A> : tag.name}</li>
              ))}
            </ul>
          </footer>
        )}
        <SameEventBoxes boxes={sameEvent} link={A} />
      </article>
    </>
  );
}
