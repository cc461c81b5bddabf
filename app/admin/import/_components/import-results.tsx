import { AdminLink } from '@/app/admin/_components/admin-link';
import { ENCODING_NAMES } from '@/lib/importer/encodings';
import { STATUS_LABELS } from '../../_components/status-labels';
import type { ImportLine } from '../limits';
import { DuplicateNote } from './duplicate-note';

function label(status: string): string {
  return status in STATUS_LABELS ? STATUS_LABELS[status as keyof typeof STATUS_LABELS] : status;
}

/** One line per file: the draft it became (or already was), or why it was refused. */
export function ImportResults({ lines }: { lines: ImportLine[] }) {
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="ket-qua-nhap">
      <h2 id="ket-qua-nhap">Kết quả nhập</h2>
      <ul aria-label="Kết quả từng tệp">
        {lines.map((line, index) => (
          <li key={`${index}-${line.file}`} className={line.ok ? undefined : 'admin-message-error'}>
            <strong>{line.file}</strong>:{' '}
            {line.ok ? (
              <>
                {line.created ? 'bài mới' : 'đã nhập trước đó, không tạo bản sao'} #{line.id} · {label(line.status)}
                {line.needsHeadline ? ' · cần đặt tít' : ''}
                {line.encoding !== 'utf-8' ? ` · đã chuyển từ ${ENCODING_NAMES[line.encoding]} sang Unicode` : ''} ·{' '}
                <AdminLink href={`/admin/articles/${line.id}`}>Sửa bài #{line.id}</AdminLink>
                {line.duplicateOf && (
                  <>
                    {' · '}
                    <DuplicateNote duplicate={line.duplicateOf} />
                  </>
                )}
              </>
            ) : (
              line.error
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
