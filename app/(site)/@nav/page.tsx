import { SectionNav } from '@/app/ui/section-nav';

export default function HomeSectionNav() {
  return <SectionNav firstSegment="" />;
}
