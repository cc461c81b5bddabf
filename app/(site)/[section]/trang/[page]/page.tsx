import { SectionPage, sectionMetadata } from '../../_components/section-page';

// Reached through the ?trang=N rewrite in next.config.js, so paginated pages are cached too.
type Props = { params: Promise<{ section: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { section, page } = await params;
  return sectionMetadata(section, page);
}

export default async function Page({ params }: Props) {
  const { section, page } = await params;
  return <SectionPage slug={section} rawPage={page} />;
}
