import { AuthorPage, authorMetadata } from '../../../_components/author-page';

// Reached through the ?trang=N rewrite in next.config.js.
type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return authorMetadata(slug, page);
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  return <AuthorPage slug={slug} rawPage={page} />;
}
