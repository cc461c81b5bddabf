'use client';

import { useState } from 'react';
import { importArticlesAction } from '../actions';
import { batchFiles, MAX_FILE_BYTES, MAX_FILES, TOO_LARGE, TOO_MANY, type ImportLine } from '../limits';
import { ImportResults } from './import-results';
import { ChoiceOptions } from '@/app/admin/_components/choices';

type Props = { sections: { id: number; name: string }[] };

/** Picks the files, sends them in batches under the action body limit and lists one line per file. */
export function ImportForm({ sections }: Props) {
  const [lines, setLines] = useState<ImportLine[]>([]);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);

  async function submit(formData: FormData) {
    const files = formData.getAll('files').filter((value): value is File => value instanceof File && value.name !== '');
    setLines([]);
    if (files.length === 0) return setMessage('Hãy chọn ít nhất một tệp .txt.');
    if (files.length > MAX_FILES) return setMessage(TOO_MANY);
    setPending(true);
    setMessage(`Đang nhập ${files.length} tệp…`);
    const done: ImportLine[] = files.filter((f) => f.size > MAX_FILE_BYTES).map((f) => ({ file: f.name, ok: false, error: TOO_LARGE }));
    try {
      for (const batch of batchFiles(files.filter((f) => f.size <= MAX_FILE_BYTES))) {
        const body = new FormData();
        body.set('sectionId', String(formData.get('sectionId') ?? ''));
        for (const file of batch) body.append('files', file);
        const outcome = await importArticlesAction(body);
        if (!outcome.ok) {
          setMessage(outcome.message);
          return;
        }
        done.push(...outcome.lines);
        setLines([...done]);
      }
      setLines([...done]);
      const created = done.filter((line) => line.ok && line.created).length;
      const failed = done.filter((line) => !line.ok).length;
      setMessage(`Xong: ${created} bài mới, ${done.length - created - failed} bài đã có, ${failed} tệp lỗi.`);
    } catch {
      setMessage('Không gửi được tệp lên máy chủ. Hãy thử lại.');
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <form action={submit} className="admin-form">
        <div className="admin-field">
          <label htmlFor="import-files">Tệp .txt đã cào (tối đa {MAX_FILES} tệp, mỗi tệp {MAX_FILE_BYTES / 1024} KB)</label>
          <input id="import-files" name="files" type="file" accept=".txt,text/plain" multiple required />
        </div>
        <div className="admin-field">
          <label htmlFor="import-section">Chuyên mục</label>
          <select id="import-section" name="sectionId" defaultValue={sections[0]?.id}>
            <ChoiceOptions choices={sections} />
          </select>
        </div>
        <button type="submit" disabled={pending}>
          Nhập bài
        </button>
      </form>
      <p role="status" aria-live="polite" className="admin-message">
        {message}
      </p>
      <ImportResults lines={lines} />
    </>
  );
}
