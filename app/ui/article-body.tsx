import type { ReactNode } from 'react';
import type {
  BlockNode,
  EmbedNode,
  FigureNode,
  GalleryNode,
  InfoBoxNode,
  InlineNode,
  ListNode,
  ParagraphNode,
  PullQuoteNode,
} from '@/lib/article-body/schema';
import { EMBED_KIND_NAMES, EMBED_PROVIDER_NAMES, EMBED_THUMBNAIL_SIZES, parseEmbedUrl } from '@/lib/article-body/embeds';
import { mediaUrl } from '@/lib/media/url';
import { env } from '@/lib/env';
import { safeLink } from '@/lib/security/safe-link';
import type { FigureMedia } from '@/lib/data/dto';
import { ArticlePhoto } from './article-photo';
import { BodyTable } from './body-blocks/table';
import { EmbedFrame } from './body-blocks/embed-frame';
import { GalleryCarousel } from './body-blocks/gallery-carousel';

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

const mediaOf = (node: FigureNode, figureMedia: BodyProps['figureMedia']) =>
  node.attrs.mediaId === null ? undefined : figureMedia[node.attrs.mediaId];

/** Photos side by side, swiped or stepped through; on the lite page (and for print) a plain list. */
function Gallery({ node, figureMedia, photos }: BodyProps & { node: GalleryNode }) {
  const shown = node.content.filter((f) => mediaOf(f, figureMedia) || f.attrs.caption);
  if (shown.length === 0) return null;
  const label = `Bộ ảnh (${shown.length} ảnh)`;
  const items = shown.map((f, i) => (
    <li key={i} className="gallery-item">
      <Figure node={f} media={mediaOf(f, figureMedia)} photos={photos} />
    </li>
  ));
  if (photos === 'on-tap') {
    return (
      <section className="gallery" aria-label={label}>
        <ul className="gallery-list">{items}</ul>
      </section>
    );
  }
  return (
    <GalleryCarousel label={label} count={shown.length}>
      {items}
    </GalleryCarousel>
  );
}

/**
 * A facade of third-party content: the platform's name, the title and a link to the original.
 * Nothing here loads from the platform; the frame does only when the reader asks (EmbedFrame),
 * and never on the lite page, which runs no script.
 */
function Embed({ node, photos }: { node: EmbedNode; photos: PhotoMode }) {
  const parsed = parseEmbedUrl(node.attrs.url);
  if (!parsed) return null;
  const platform = EMBED_PROVIDER_NAMES[parsed.provider];
  const kind = EMBED_KIND_NAMES[parsed.kind];
  const title = node.attrs.title || `${kind[0]!.toUpperCase()}${kind.slice(1)} trên ${platform}`;
  // The platform's thumbnail as stored on this site at save time: no request leaves for the platform.
  const size = EMBED_THUMBNAIL_SIZES[parsed.provider];
  const poster = node.attrs.thumbnail && size ? { src: mediaUrl(node.attrs.thumbnail), ...size } : null;
  return (
    <figure className="embed" data-provider={parsed.provider}>
      {photos === 'inline' ? (
        <EmbedFrame frameSrc={parsed.frameSrc} title={title} platform={platform} kind={kind} poster={poster} />
      ) : null}
      <figcaption>
        <span className="embed-title">{title}</span>{' '}
        <a href={parsed.url} rel={EXTERNAL_REL}>
          Xem {kind} trên {platform}
        </a>
      </figcaption>
    </figure>
  );
}

function PullQuote({ node }: { node: PullQuoteNode }) {
  if (!node.content.some((p) => p.content?.length)) return null;
  return (
    <figure className="pull-quote">
      <blockquote>
        {node.content.map((p, i) => (
          <Paragraph key={i} node={p} />
        ))}
      </blockquote>
      {node.attrs.attribution && <figcaption>{node.attrs.attribution}</figcaption>}
    </figure>
  );
}

function InfoBox({ node, id }: { node: InfoBoxNode; id: string }) {
  const title = node.attrs.title;
  return (
    <div className="info-box" role="note" {...(title ? { 'aria-labelledby': id } : { 'aria-label': 'Hộp thông tin' })}>
      {title && (
        <p className="info-box-title" id={id}>
          {title}
        </p>
      )}
      {node.content.map((child, i) =>
        child.type === 'paragraph' ? <Paragraph key={i} node={child} /> : <List key={i} node={child} />,
      )}
    </div>
  );
}

function Block({ node, index, figureMedia, photos }: BodyProps & { node: BlockNode; index: number }) {
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
        <Figure node={node} media={mediaOf(node, figureMedia)} photos={photos} />
      );
    case 'bulletList':
    case 'orderedList':
      return <List node={node} />;
    case 'table':
      return (
        <BodyTable
          node={node}
          id={`bang-${index + 1}`}
          renderCell={(paragraphs) => paragraphs.map((p, i) => <Paragraph key={i} node={p} />)}
        />
      );
    case 'gallery':
      return <Gallery node={node} figureMedia={figureMedia} photos={photos} />;
    case 'embed':
      return <Embed node={node} photos={photos} />;
    case 'pullQuote':
      return <PullQuote node={node} />;
    case 'infoBox':
      return <InfoBox node={node} id={`hop-thong-tin-${index + 1}`} />;
  }
}

type ArticleBodyProps = { blocks: BlockNode[]; figureMedia: Record<number, FigureMedia>; photos?: PhotoMode };

export function ArticleBody({ blocks, figureMedia, photos = 'inline' }: ArticleBodyProps) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <Block key={index} node={block} index={index} figureMedia={figureMedia} photos={photos} />
      ))}
    </div>
  );
}
