import { ReaderLink } from '../reader-link';
import { ArticleCard, CardGrid } from '@/app/ui/article-card';
import { MostRead } from '@/app/ui/most-read';
import type { FrontItem, ResolvedContainer, ResolvedFront } from '@/lib/data/fronts/resolve';

// A front as readers see it, and as the newsroom previews it (the same component, so the preview
// is the page). Each container is a region named by its heading; a hidden name is still there for
// screen readers. The first card on the page is above the fold: its photo is fetched first.

type BlockProps = { container: ResolvedContainer; headingId: string; firstOnPage: boolean };

function Heading({ container, headingId }: Omit<BlockProps, 'firstOnPage'>) {
  return (
    <h2 id={headingId} className={container.showName ? 'block-title' : 'visually-hidden'}>
      {container.path ? <ReaderLink href={container.path}>{container.name}</ReaderLink> : container.name}
    </h2>
  );
}

function Tiles({ items, showSection, priorityFirst }: { items: FrontItem[]; showSection: boolean; priorityFirst: boolean }) {
  return (
    <CardGrid>
      {items.map((item, index) => (
        <ArticleCard key={item.id} article={item} layout="tile" showSection={showSection} showLead={false} priority={priorityFirst && index === 0} />
      ))}
    </CardGrid>
  );
}

function Cards({ container, firstOnPage }: Omit<BlockProps, 'headingId'>) {
  const { items } = container;
  switch (container.layout) {
    case 'lead': {
      const [lead, ...rest] = items;
      return (
        <>
          {lead && <ArticleCard article={lead} layout="lead" showSection priority={firstOnPage} />}
          {rest.length > 0 && <Tiles items={rest} showSection priorityFirst={false} />}
        </>
      );
    }
    case 'featured':
      return <Tiles items={items} showSection priorityFirst={firstOnPage} />;
    case 'section-block':
      return <Tiles items={items} showSection={false} priorityFirst={firstOnPage} />;
    case 'list':
      return (
        <div className="card-list">
          {items.map((item, index) => (
            <ArticleCard key={item.id} article={item} showSection priority={firstOnPage && index === 0} />
          ))}
        </div>
      );
    case 'most-read':
      return null;
  }
}

const BLOCK_CLASS: Partial<Record<ResolvedContainer['layout'], string>> = { featured: 'latest', 'section-block': 'section-block' };

/** The containers of a front, top to bottom; `idPrefix` keeps heading ids apart when a page shows two fronts. */
export function FrontView({ front, idPrefix = 'khoi' }: { front: ResolvedFront; idPrefix?: string }) {
  const firstWithItems = front.containers.findIndex((container) => container.items.length > 0);
  return front.containers.map((container, index) => {
    const headingId = `${idPrefix}-${index + 1}`;
    if (container.layout === 'most-read') {
      return <MostRead key={container.id} title={container.name} showTitle={container.showName} headingId={headingId} />;
    }
    if (container.items.length === 0) return null;
    return (
      <section key={container.id} aria-labelledby={headingId} className={BLOCK_CLASS[container.layout]}>
        <Heading container={container} headingId={headingId} />
        <Cards container={container} firstOnPage={index === firstWithItems} />
      </section>
    );
  });
}
