import type { Metadata } from 'next';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { sectionChoices } from '@/app/admin/_components/choices';
import { listSections } from '@/lib/data/sections';
import { ArticleEditor } from '../_components/article-editor';
import { editorPermissions } from '../_components/permissions';

export const metadata: Metadata = { title: 'Viết bài mới' };

export default async function NewArticlePage() {
  const user = await requireCapabilityPage('article:create');
  const sections = sectionChoices(listSections());
  return (
    <>
      <h1 className="editor-page-title">Viết bài mới</h1>
      <ArticleEditor
        meta={{ id: null, version: 0, status: 'draft' }}
        initial={{
          title: '',
          slug: '',
          lead: '',
          body: { type: 'doc', content: [{ type: 'paragraph' }] },
          sectionId: sections[0]?.id ?? 0,
          coverMediaId: null,
          tags: [],
          bylines: [{ role: 'writer', label: 'Tin', name: user.name }],
          seoTitle: '',
          seoDescription: '',
        }}
        sections={sections}
        permissions={editorPermissions(user, { createdBy: user.id, status: 'draft' })}
        path={null}
        reviewNote={null}
        provisionalTitle={null}
        notice={null}
      />
    </>
  );
}
