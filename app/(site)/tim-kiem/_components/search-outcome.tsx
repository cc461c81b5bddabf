import { ReaderLink } from '@/app/ui/reader-link';
import { RANKED_CANDIDATES } from '@/lib/data/search';
import { searchUrl, type SearchRequest } from '@/lib/search/params';
import type { SearchOutcome } from '../run-search';
import styles from '../search.module.css';
import { Pagination } from '@/app/ui/pagination';
import { SearchHitView } from './search-hit';

const count = new Intl.NumberFormat('vi-VN');

function Message({ children }: { children: React.ReactNode }) {
  return (
    <p className={styles.message} role="status">
      {children}
    </p>
  );
}

/** Results, or a plain Vietnamese explanation of why there are none. */
export function SearchOutcomeView({ outcome, request }: { outcome: SearchOutcome; request: SearchRequest }) {
  switch (outcome.kind) {
    case 'prompt':
      return <Message>Nhập từ khóa để tìm bài viết, có dấu hay không dấu đều được.</Message>;
    case 'too-long':
      return <Message>Từ khóa quá dài. Vui lòng nhập tối đa {outcome.maxLength} ký tự.</Message>;
    case 'no-words':
      return <Message>Từ khóa cần có ít nhất một chữ cái hoặc chữ số.</Message>;
    case 'failed':
      return <Message>Xin lỗi, chức năng tìm kiếm đang tạm thời gián đoạn. Vui lòng thử lại sau ít phút.</Message>;
  }
  const { results, query, pageCount } = outcome;
  if (results.total === 0) {
    return (
      <Message>
        Không tìm thấy bài viết nào phù hợp với “{query}”. Hãy thử từ khóa khác, ít từ hơn, hoặc bỏ bớt bộ lọc.
      </Message>
    );
  }
  if (results.hits.length === 0) {
    return (
      <Message>
        Trang này không có kết quả. <ReaderLink href={searchUrl(request, { page: 1 })}>Về trang kết quả đầu tiên</ReaderLink>.
      </Message>
    );
  }
  return (
    <section aria-label="Kết quả tìm kiếm">
      <p className={styles.summary} role="status">
        {results.totalIsCapped ? 'Hơn ' : 'Tìm thấy '}
        {count.format(results.total)} kết quả cho “{query}”
        {results.rankedWithinNewest &&
          ` — xếp theo mức liên quan trong ${count.format(RANKED_CANDIDATES)} bài mới nhất; chọn “Mới nhất” để xem tất cả`}
        .
      </p>
      {results.hits.map((hit) => (
        <SearchHitView key={hit.id} hit={hit} words={results.words} />
      ))}
      <Pagination page={request.page} pageCount={pageCount} href={(page) => searchUrl(request, { page })} label="Phân trang kết quả" />
    </section>
  );
}
