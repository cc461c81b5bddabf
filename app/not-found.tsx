import SiteLayout from '@/app/(site)/layout';
import { NotFoundContent, notFoundMetadata } from '@/app/ui/not-found-content';

// A URL no route matches gets here, below the root layout only: it brings the site layout itself.
export const metadata = notFoundMetadata;

export default function NotFound() {
  return (
    <SiteLayout>
      <NotFoundContent />
    </SiteLayout>
  );
}
