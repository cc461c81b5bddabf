import type { AuditAction } from '@/lib/domain/audit-actions';

/** Vietnamese names of the audit actions; the type makes a new action fail to compile until it has one. */
const ACTION_LABELS: Record<AuditAction, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập thất bại',
  'auth.login_locked': 'Đăng nhập bị khóa tạm',
  'auth.account_locked': 'Tài khoản bị khóa đăng nhập',
  'auth.login_disabled': 'Đăng nhập vào tài khoản đã vô hiệu hóa',
  'auth.logout': 'Đăng xuất',
  'auth.setup_owner': 'Tạo tài khoản chủ sở hữu',
  'staff.create': 'Tạo tài khoản nhân sự',
  'staff.role': 'Đổi vai trò',
  'staff.activate': 'Kích hoạt lại tài khoản',
  'staff.deactivate': 'Vô hiệu hóa tài khoản',
  'staff.password_reset': 'Đặt lại mật khẩu',
  'staff.unlock': 'Mở khóa đăng nhập',
  'staff.email_change': 'Duyệt đổi email',
  'staff.email_reject': 'Từ chối đổi email',
  'account.name': 'Đổi tên hiển thị của mình',
  'account.email_request': 'Xin đổi email (chờ quản trị viên duyệt)',
  'account.password_change': 'Đổi mật khẩu của mình',
  'account.sign_out_everywhere': 'Đăng xuất khỏi mọi thiết bị',
  'article.create': 'Tạo bài mới',
  'article.edit': 'Sửa bài (lưu bản nháp)',
  'article.submit': 'Gửi bài chờ duyệt',
  'article.withdraw': 'Rút bài về bản nháp',
  'article.send_back': 'Trả bài',
  'article.publish': 'Đăng bài',
  'article.update': 'Cập nhật bài đã đăng',
  'article.unpublish': 'Gỡ bài',
  'article.restore': 'Khôi phục phiên bản',
  'article.restore_working_copy': 'Khôi phục phiên bản vào bản đang sửa (chưa lên trang)',
  'article.schedule': 'Hẹn giờ đăng',
  'article.schedule_cancel': 'Hủy hẹn giờ đăng',
  'article.schedule_unpublish': 'Hẹn giờ gỡ bài',
  'article.scheduled_publish': 'Tự động đăng theo hẹn giờ',
  'article.scheduled_unpublish': 'Tự động gỡ theo hẹn giờ',
  'article.delete': 'Xóa bài',
  'article.correct': 'Thêm đính chính',
  'article.correction_edit': 'Sửa đính chính',
  'article.correction_remove': 'Gỡ đính chính',
  'article.breaking_mark': 'Đặt tin nóng',
  'article.breaking_clear': 'Bỏ tin nóng',
  'article.live_start': 'Bắt đầu tường thuật trực tiếp',
  'article.live_end': 'Kết thúc tường thuật trực tiếp',
  'article.live_post': 'Đăng cập nhật trực tiếp',
  'article.live_post_draft': 'Gửi cập nhật trực tiếp chờ duyệt',
  'article.live_post_approve': 'Duyệt cập nhật trực tiếp',
  'article.live_post_edit': 'Sửa cập nhật trực tiếp',
  'article.live_post_delete': 'Xóa cập nhật trực tiếp',
  'article.preview_link_create': 'Tạo liên kết xem trước',
  'article.preview_link_revoke': 'Thu hồi liên kết xem trước',
  'media.upload': 'Tải ảnh lên',
  'media.update': 'Sửa thông tin ảnh',
  'media.focal': 'Đặt điểm lấy nét của ảnh',
  'media.delete': 'Xóa ảnh',
  'author.update': 'Sửa hồ sơ tác giả',
  'section.create': 'Tạo chuyên mục',
  'section.update': 'Sửa chuyên mục',
  'section.move': 'Đổi thứ tự chuyên mục',
  'section.delete': 'Xóa chuyên mục',
  'tag.rename': 'Đổi tên thẻ',
  'tag.merge': 'Gộp thẻ',
  'tag.delete': 'Xóa thẻ',
  'event.create': 'Tạo sự kiện',
  'event.update': 'Sửa sự kiện',
  'event.delete': 'Xóa sự kiện',
  'event.attach': 'Thêm bài vào sự kiện',
  'event.detach': 'Bỏ bài khỏi sự kiện',
  'import.article': 'Nhập bài từ CMS cũ',
  'front.save': 'Lưu bản nháp trang nhất',
  'front.publish': 'Xuất bản trang nhất',
  'front.restore': 'Khôi phục phiên bản trang nhất',
};

const TARGET_LABELS: Record<string, string> = {
  user: 'Tài khoản',
  article: 'Bài viết',
  media: 'Ảnh',
  section: 'Chuyên mục',
  tag: 'Thẻ',
  front: 'Trang nhất',
  event: 'Sự kiện',
  author: 'Tác giả',
};

export const actionLabel = (action: string) => (ACTION_LABELS as Record<string, string>)[action] ?? action;
export const targetLabel = (type: string) => TARGET_LABELS[type] ?? type;

/** Where a target can be looked at in the newsroom, when it has a page there. */
export function targetHref(type: string | null, id: number | null): string | null {
  if (id === null) return null;
  if (type === 'article') return `/admin/articles/${id}`;
  if (type === 'media') return `/admin/media/${id}`;
  if (type === 'event') return `/admin/events/${id}`;
  return null;
}
