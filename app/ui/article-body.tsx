import type { ReactNode } from 'react';
import type { BlockNode, FigureNode, InlineNode, ListNode, ParagraphNode } from '@/lib/article-body/schema';
import { isSafeHref } from '@/lib/article-body/schema';
import type { FigureMedia } from '@/lib/data/dto';

// Maps the validated body document to elements one node at a time. Nothing here interprets
// HTML, so a stored payload can only ever be shown as text.

function renderInline(nodes: InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    let content: ReactNode = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') content = <strong>{content}</strong>;
      else if (mark.type === 'italic') content = <em>{content}</em>;
      else if (isSafeHref(mark.attrs.href)) {
        const external = !mark.attrs.href.startsWith('/');
        content = (
          <a href={mark.attrs.href} rel={external ? 'noopener noreferrer nofollow' : undefined}>
            {content}
          </a>
        );
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

function Figure({ node, media }: { node: FigureNode; media: FigureMedia | undefined }) {
  const caption = node.attrs.caption || media?.caption || '';
  const credit = node.attrs.credit || media?.credit || '';
  if (!media && !caption) return null;
  return (
    <figure className="article-figure">
      {media ? (
        <img
          src={media.src}
          srcSet={media.srcSet}
          sizes="(min-width: 760px) 720px, 100vw"
          width={media.width}
          height={media.height}
          alt={media.alt}
          loading="lazy"
          decoding="async"
        />
      ) : (
        // The source lost this photo: keep its place and caption rather than show a broken image.
        <div className="photo-placeholder" role="img" aria-label={`Ảnh không còn: ${caption}`} />
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

function Block({ node, figureMedia }: { node: BlockNode; figureMedia: Record<number, FigureMedia> }) {
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
      return <Figure node={node} media={node.attrs.mediaId === null ? undefined : figureMedia[node.attrs.mediaId]} />;
    case 'bulletList':
    case 'orderedList':
      return <List node={node} />;
  }
}

export function ArticleBody({ blocks, figureMedia }: { blocks: BlockNode[]; figureMedia: Record<number, FigureMedia> }) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <Block key={index} node={block} figureMedia={figureMedia} />
      ))}
    </div>
  );
}
