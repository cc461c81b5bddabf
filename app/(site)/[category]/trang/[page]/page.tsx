import { SectionPage, sectionMetadata } from '../../_components/section-page';

// Reached through the ?trang=N rewrite in next.config.js, so paginated pages are cached too.
type Props = { params: Promise<{ category: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { category, page } = await params;
  return sectionMetadata(category, page);
}

export default async function Page({ params }: Props) {
  const { category, page } = await params;
  return <SectionPage slug={category} rawPage={page} />;
}
