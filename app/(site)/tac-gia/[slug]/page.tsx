import { AuthorPage, authorMetadata } from '../_components/author-page';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return authorMetadata((await params).slug);
}

export default async function Page({ params }: Props) {
  return <AuthorPage slug={(await params).slug} />;
}
