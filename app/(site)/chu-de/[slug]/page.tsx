import { TagPage, tagMetadata } from '../_components/tag-page';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return tagMetadata((await params).slug);
}

export default async function Page({ params }: Props) {
  return <TagPage slug={(await params).slug} />;
}
