import { env } from '@/lib/env';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        © {env.SITE_NAME}. Báo điện tử tiếng Việt. Các bài có thẻ “Bài mẫu” là nội dung minh họa.
      </p>
    </footer>
  );
}
