import { ReaderLink } from './reader-link';
import type { Anchor } from './anchor';

export type Crumb = { name: string; path: string };

export function Breadcrumb({ items, link: A = ReaderLink }: { items: Crumb[]; link?: Anchor }) {
  return (
    <nav aria-label="Đường dẫn" className="breadcrumb">
      <ol>
        <li>
          <A href="/">Trang chủ</A>
        </li>
        {items.map((item) => (
          <li key={item.path}>
            <A href={item.path}>{item.name}</A>
          </li>
        ))}
      </ol>
    </nav>
  );
}
