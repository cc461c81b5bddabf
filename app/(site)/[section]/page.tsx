import { SectionPage, sectionMetadata } from './_components/section-page';

type Props = { params: Promise<{ section: string }> };

// Rendered on first request, then served from the cache until a publish expires its tags.
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return sectionMetadata((await params).section);
}

export default async function Page({ params }: Props) {
  return <SectionPage slug={(await params).section} />;
}
