import { HEADLINE_SOFT_LIMIT } from '@/lib/data/articles/publish-checks';

/** The headline's length against the limit the pre-publish check warns about. */
export function HeadlineLength({ title }: { title: string }) {
  const length = [...title.trim()].length;
  const over = length > HEADLINE_SOFT_LIMIT;
  return (
    <small id="tieu-de-do-dai" className={over ? 'editor-hint editor-hint-over' : 'editor-hint'}>
      {length}/{HEADLINE_SOFT_LIMIT} ký tự
      {over ? ': tiêu đề dài quá, danh sách và kết quả tìm kiếm sẽ cắt bớt.' : ''}
    </small>
  );
}
