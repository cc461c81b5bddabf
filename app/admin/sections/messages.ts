import type { SectionError } from '@/lib/data/sections-admin';

export const SECTION_ERRORS: Record<SectionError, { message: string; field?: string }> = {
  not_found: { message: 'Không tìm thấy chuyên mục này.' },
  slug_taken: { message: 'Vui lòng sửa các ô được đánh dấu.', field: 'Đường dẫn này đã có chuyên mục khác dùng.' },
  slug_reserved: { message: 'Vui lòng sửa các ô được đánh dấu.', field: 'Đường dẫn này dành cho trang khác của báo.' },
  invalid_parent: { message: 'Chỉ chọn được chuyên mục cấp một (không phải chính nó) làm chuyên mục cha.' },
  has_children: { message: 'Chuyên mục đang có chuyên mục con: hãy chuyển hoặc xóa các mục con trước.' },
  not_empty: { message: 'Không thể xóa: chuyên mục vẫn còn bài viết. Hãy chuyển các bài sang chuyên mục khác trước.' },
  at_edge: { message: 'Chuyên mục đã ở vị trí đầu hoặc cuối.' },
};
