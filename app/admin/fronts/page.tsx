import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { listFronts } from '@/lib/data/fronts/store';
import { formatDateTime } from '@/lib/vi/time';
import { frontEditorHref } from './front-href';

export const metadata: Metadata = { title: 'Trang nhất' };

export default async function FrontsPage() {
  await requireCapabilityPage('front:edit');
  const fronts = listFronts();
  return (
    <>
      <h1>Trang nhất</h1>
      <p>
        Trang chủ và mỗi chuyên mục có một trang nhất: các khối bài xếp theo thứ tự, mỗi khối có bài chọn tay và bài tự động
        lấp chỗ trống. Sửa bản nháp, xem trước, rồi xuất bản cả trang một lần.
      </p>
      <table className="admin-table">
        <caption className="visually-hidden">Các trang nhất</caption>
        <thead>
          <tr>
            <th scope="col">Trang</th>
            <th scope="col">Địa chỉ</th>
            <th scope="col">Xuất bản lần cuối</th>
            <th scope="col">Bản nháp</th>
          </tr>
        </thead>
        <tbody>
          {fronts.map((front) => (
            <tr key={front.key}>
              <th scope="row">
                <AdminLink href={frontEditorHref(front.key)}>{front.name}</AdminLink>
              </th>
              <td data-label="Địa chỉ">
                <a href={front.path}>{front.path}</a>
              </td>
              <td data-label="Xuất bản lần cuối">
                {front.publishedAt
                  ? `${formatDateTime(front.publishedAt)}${front.publishedBy ? `, ${front.publishedBy}` : ''}`
                  : 'Chưa xuất bản (đang dùng bố cục mặc định)'}
              </td>
              <td data-label="Bản nháp">{front.hasUnpublishedChanges ? <strong>Có thay đổi chưa xuất bản</strong> : 'Không có thay đổi'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
