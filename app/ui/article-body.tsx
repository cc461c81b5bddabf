import type { ReactNode } from 'react';
import type { BlockNode, FigureNode, InlineNode, ListNode, ParagraphNode } from '@/lib/article-body/schema';
import { env } from '@/lib/env';
import { safeLink } from '@/lib/security/safe-link';
import type { FigureMedia } from '@/lib/data/dto';
import { ArticlePhoto } from './article-photo';

// Maps the validated body document to elements one node at a time. Nothing here interprets
// HTML, so a stored payload can only ever be shown as text.

// Body links are chosen by the newsroom, not endorsed by the paper: `nofollow` keeps search engines
// from reading them as such (and gives a spammer who got a link in nothing to gain); `noopener
// noreferrer` keeps the other site from steering this tab or learning which article sent the reader.
const EXTERNAL_REL = 'noopener noreferrer nofollow';

function renderInline(nodes: InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    let content: ReactNode = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') content = <strong>{content}</strong>;
      else if (mark.type === 'italic') content = <em>{content}</em>;
      else {
        // Checked again on every render: a link stored before today's rules shows as plain text.
        const link = safeLink(mark.attrs.href, env.SITE_URL);
        if (link) content = <a href={link.href} rel={link.external ? EXTERNAL_REL : undefined}>{content}</a>;
      }
    }
    return <span key={index}>{content}</span>;
  });
}

function Paragraph({ node }: { node: ParagraphNode }) {
  return node.content?.length ? <p>{renderInline(node.content)}</p> : null;
}

function List({ node }: { node: ListNode }) {
  const Tag = node.type === 'orderedList' ? 'ol' : 'ul';
  return (
    <Tag>
      {node.content.map((item, i) => (
        <li key={i}>
          {item.content.map((child, j) =>
            child.type === 'paragraph' ? <Paragraph key={j} node={child} /> : <List key={j} node={child} />,
          )}
        </li>
      ))}
    </Tag>
  );
}

/**
 * How body photos are drawn: `inline` as images; `on-tap` (the lite article, for slow connections)
 * as a link to the photo beside its caption, so the page itself fetches no image at all.
 */
export type PhotoMode = 'inline' | 'on-tap';

function Figure({ node, media, photos }: { node: FigureNode; media: FigureMedia | undefined; photos: PhotoMode }) {
  const caption = node.attrs.caption || media?.caption || '';
  const credit = node.attrs.credit || media?.credit || '';
  if (!media && !caption) return null;
  return (
    <figure className="article-figure">
      {media && photos === 'on-tap' ? (
        <a className="photo-link" href={media.src}>
          Xem ảnh<span className="visually-hidden">: {media.alt}</span>
        </a>
      ) : media ? (
        <ArticlePhoto photo={media} sizes="(min-width: 760px) 720px, 100vw" />
      ) : (
        // The source lost this photo: keep its place and caption rather than show a broken image.
        // The caption below is read once; the placeholder only says what is missing.
        <div className="photo-placeholder" role="img" aria-label="Ảnh không còn" />
      )}
      {(caption || credit) && (
        <figcaption>
          {caption}
          {credit && <span className="credit"> {credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

type BodyProps = { figureMedia: Record<number, FigureMedia>; photos: PhotoMode };

function Block({ node, figureMedia, photos }: BodyProps & { node: BlockNode }) {
  switch (node.type) {
    case 'paragraph':
      return <Paragraph node={node} />;
    case 'heading':
      return node.attrs.level === 2 ? <h2>{renderInline(node.content)}</h2> : <h3>{renderInline(node.content)}</h3>;
    case 'blockquote':
      return (
        <blockquote>
          {node.content.map((p, i) => (
            <Paragraph key={i} node={p} />
          ))}
        </blockquote>
      );
    case 'figure':
      return (
        <Figure node={node} media={node.attrs.mediaId === null ? undefined : figureMedia[node.attrs.mediaId]} photos={photos} />
      );
    case 'bulletList':
    case 'orderedList':
      return <List node={node} />;
  }
}

type ArticleBodyProps = { blocks: BlockNode[]; figureMedia: Record<number, FigureMedia>; photos?: PhotoMode };

export function ArticleBody({ blocks, figureMedia, photos = 'inline' }: ArticleBodyProps) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <Block key={index} node={block} figureMedia={figureMedia} photos={photos} />
      ))}
    </div>
  );
}
