import type { Metadata } from 'next';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { listSectionsForAdmin, type AdminSection } from '@/lib/data/sections-admin';
import { listOldSlugs } from '@/lib/data/slug-redirects';
import { SectionForm } from './_components/section-form';
import { SectionItem } from './_components/section-item';
import './_components/sections.css';

export const metadata: Metadata = { title: 'Chuyên mục' };

type Props = { searchParams: Promise<{ 'da-xoa'?: string | string[] }> };
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export default async function SectionsPage({ searchParams }: Props) {
  await requireCapabilityPage('section:manage');
  const deleted = (await searchParams)['da-xoa'];
  const sections = listSectionsForAdmin();
  const parents = sections.map((s) => ({ id: s.id, name: s.name }));
  const item = (section: AdminSection, index: number, siblings: AdminSection[]) => (
    <SectionItem
      section={{ ...section, childCount: section.children.length, oldSlugs: listOldSlugs('section', section.id) }}
      parents={parents}
      first={index === 0}
      last={index === siblings.length - 1}
    />
  );
  return (
    <>
      <h1>Chuyên mục</h1>
      {typeof deleted === 'string' && SLUG.test(deleted) ? (
        <p role="status" className="admin-message admin-message-success">
          Đã xóa chuyên mục /{deleted}.
        </p>
      ) : null}
      <section aria-labelledby="them-chuyen-muc">
        <h2 id="them-chuyen-muc">Thêm chuyên mục</h2>
        <SectionForm parents={parents} canHaveParent />
      </section>
      <section aria-labelledby="danh-sach-chuyen-muc">
        <h2 id="danh-sach-chuyen-muc">Thứ tự chuyên mục</h2>
        <ol className="admin-sections">
          {sections.map((section, index) => (
            <li key={section.id}>
              {item(section, index, sections)}
              {section.children.length > 0 ? (
                <ol aria-label={`Mục con của ${section.name}`}>
                  {section.children.map((child, childIndex) => (
                    <li key={child.id}>{item(child, childIndex, section.children)}</li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
