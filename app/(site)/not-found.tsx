import { NotFoundContent, notFoundMetadata } from '@/app/ui/not-found-content';

// notFound() from any reader's page: rendered inside the site layout (masthead, <main>, footer).
export const metadata = notFoundMetadata;

export default function NotFound() {
  return <NotFoundContent />;
}
