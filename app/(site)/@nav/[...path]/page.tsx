import { SectionNav } from '@/app/ui/section-nav';

// Rendered with the page it sits beside and cached with it, like the pages themselves.
export async function generateStaticParams() {
  return [];
}

// Sections, their pages and their articles all start with the section's slug.
export default async function SectionNavForPath({ params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return <SectionNav firstSegment={path[0] ?? null} />;
}
