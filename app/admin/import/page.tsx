import type { Metadata } from 'next';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { sectionChoices } from '@/app/admin/_components/choices';
import { listSections } from '@/lib/data/sections';
import { ImportForm } from './_components/import-form';

export const metadata: Metadata = { title: 'Nhập bài từ CMS cũ' };

export default async function ImportPage() {
  await requireCapabilityPage('import:run');
  const sections = sectionChoices(listSections());
  return (
    <>
      <h1>Nhập bài từ CMS cũ</h1>
      <p>
        Mỗi tệp văn bản (UTF-8) đã cào từ CMS cũ thành một bản nháp trong hàng chờ “cần đặt tít”, giữ nguyên chú thích ảnh và tên
        tác giả. Nhập lại cùng một tệp không tạo bản sao; bài trùng hoặc gần trùng một bài đã có được đánh dấu kèm đường dẫn tới bài đó.
      </p>
      <p>
        Tệp gõ bằng bảng mã cũ Windows-1258 hoặc TCVN3 (ABC) được tự chuyển sang Unicode; tệp VNI cần chuyển trước bằng công cụ chuyển
        mã (Unikey, EVKey). Mã HTML còn sót (&amp;nbsp;, &lt;br&gt;, thẻ) được lọc thành chữ.
      </p>
      <ImportForm sections={sections} />
    </>
  );
}
