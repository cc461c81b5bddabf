import { SectionNav } from '@/app/ui/section-nav';

export default function DefaultSectionNav() {
  return <SectionNav firstSegment={null} />;
}
