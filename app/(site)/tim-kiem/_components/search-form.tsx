import type { Section } from '@/lib/data/dto';
import { SEARCH_PATH, type SearchRequest } from '@/lib/search/params';
import { MAX_QUERY_LENGTH } from '@/lib/search/parse-query';
import { sectionTreeOrder } from '@/lib/vi/collation';
import styles from '../search.module.css';

/** The search form with its filters; a plain GET form, so it works without JavaScript. */
export function SearchForm({ request, sections }: { request: SearchRequest; sections: Section[] }) {
  return (
    <form action={SEARCH_PATH} method="get" role="search" aria-label="Tìm kiếm bài viết" className={styles.form}>
      <div className={styles.query}>
        <label htmlFor="tu-khoa">Từ khóa</label>
        <input id="tu-khoa" name="q" type="search" defaultValue={request.q.slice(0, 500)} maxLength={MAX_QUERY_LENGTH} />
      </div>
      <div>
        <label htmlFor="chuyen-muc">Chuyên mục</label>
        <select id="chuyen-muc" name="chuyen-muc" defaultValue={request.section ?? ''}>
          <option value="">Tất cả chuyên mục</option>
          {sectionTreeOrder(sections, (section) => section.parent?.id ?? null).map(({ section, depth }) => (
            <option key={section.id} value={section.slug}>
              {depth === 1 ? `— ${section.name}` : section.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tu-ngay">Từ ngày</label>
        <input id="tu-ngay" name="tu-ngay" type="date" defaultValue={request.from ?? ''} />
      </div>
      <div>
        <label htmlFor="den-ngay">Đến ngày</label>
        <input id="den-ngay" name="den-ngay" type="date" defaultValue={request.to ?? ''} />
      </div>
      <div>
        <label htmlFor="sap-xep">Sắp xếp</label>
        <select id="sap-xep" name="sap-xep" defaultValue={request.sort === 'newest' ? 'moi-nhat' : 'lien-quan'}>
          <option value="lien-quan">Liên quan nhất</option>
          <option value="moi-nhat">Mới nhất</option>
        </select>
      </div>
      <div>
        <button type="submit">Tìm kiếm</button>
      </div>
    </form>
  );
}
