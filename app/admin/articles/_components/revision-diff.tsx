import { bodyToPlainText } from '@/lib/article-body/text';
import type { ArticleSnapshot } from '@/lib/data/articles/snapshot';
import { DiffText } from './diff-text';

const FIELDS: { label: string; text: (s: ArticleSnapshot) => string }[] = [
  { label: 'Tiêu đề', text: (s) => s.title },
  { label: 'Sa-pô', text: (s) => s.lead },
  { label: 'Nội dung', text: (s) => bodyToPlainText(s.body) },
  { label: 'Chủ đề', text: (s) => s.tags.join(', ') },
  { label: 'Tác giả', text: (s) => s.bylines.map((b) => `${b.label}: ${b.name}`).join('; ') },
];

/** What restoring would change: deletions are what the current text has and the revision lacks. */
export function RevisionDiff({
  revision,
  current,
}: {
  revision: ArticleSnapshot;
  current: ArticleSnapshot;
}) {
  return (
    <dl className="revision-diff">
      {FIELDS.map((field) => (
        <div key={field.label}>
          <dt>{field.label}</dt>
          <dd>
            <DiffText before={field.text(current)} after={field.text(revision)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
