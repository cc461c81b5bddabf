'use client';

import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { MediaItem } from '@/lib/data/dto';
import { formatFileSize, uploadFileProblem } from '@/lib/media/upload-check';
import { uploadMedia } from './upload-media';

type Props = {
  /** Called with each stored photo; without it the page is refreshed to show them in the grid. */
  onUploaded?: (media: MediaItem) => void;
  /** Render without a <form> element, for use inside another form (the article editor): one file at a time. */
  embedded?: boolean;
};

type Entry = {
  key: string;
  file: File;
  state: 'waiting' | 'sending' | 'done' | 'failed';
  /** Bytes sent, 0..1, while sending. */
  progress: number;
  message: string;
};

const STATE_WORDS: Record<Entry['state'], string> = { waiting: 'Chờ tải lên', sending: 'Đang tải lên', done: 'Xong', failed: 'Lỗi' };

/**
 * Uploads photos, several at once from the picker or dropped on the form, each with its own
 * progress and its own outcome: a refused file is named with the reason and the others go on.
 * The alt text, caption and credit typed here go with every photo of the batch.
 */
export function UploadForm({ onUploaded, embedded = false }: Props) {
  const id = useId();
  const fields = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState('');
  const multiple = !embedded;

  const update = (key: string, change: Partial<Entry>) =>
    setEntries((list) => list.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));

  function add(files: FileList | File[]) {
    const chosen = [...files].slice(0, multiple ? undefined : 1);
    const added = chosen.map((file, index): Entry => {
      const problem = uploadFileProblem(file);
      return { key: `${Date.now()}-${index}-${file.name}`, file, state: problem ? 'failed' : 'waiting', progress: 0, message: problem ?? '' };
    });
    setNotice('');
    // A new choice clears what went up; files waiting or refused stay listed.
    setEntries((list) => [...(multiple ? list.filter((e) => e.state !== 'done') : []), ...added]);
  }

  async function uploadAll() {
    const queue = entries.filter((entry) => entry.state === 'waiting');
    if (pending) return;
    if (queue.length === 0) return setNotice(entries.length === 0 ? 'Chưa chọn tệp ảnh để tải lên.' : 'Không còn tệp nào hợp lệ để tải lên.');
    setPending(true);
    const words = Object.fromEntries(
      [...(fields.current?.querySelectorAll<HTMLInputElement>('input[name]') ?? [])].map((input) => [input.name, input.value]),
    );
    let stored = 0;
    // One at a time: the server processes two photos at once anyway, and each row shows its own progress.
    for (const entry of queue) {
      update(entry.key, { state: 'sending', progress: 0 });
      const form = new FormData();
      form.append('file', entry.file);
      for (const [name, value] of Object.entries(words)) form.append(name, value);
      const result = await uploadMedia(form, (progress) => update(entry.key, { progress }));
      if (result.ok) {
        stored += 1;
        update(entry.key, { state: 'done', progress: 1, message: `Đã tải lên ảnh ${result.media.width}×${result.media.height}.` });
        onUploaded?.(result.media);
      } else {
        update(entry.key, { state: 'failed', message: result.message });
      }
    }
    setPending(false);
    if (fileInput.current) fileInput.current.value = '';
    // The words belonged to this batch; the next one starts blank.
    if (stored > 0) for (const input of fields.current?.querySelectorAll('input') ?? []) input.value = '';
    if (stored > 0 && !onUploaded) router.refresh();
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void uploadAll();
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length > 0) add(event.dataTransfer.files);
  };
  const Root = embedded ? 'div' : 'form';

  return (
    <Root onSubmit={embedded ? undefined : submit} className="admin-form media-upload" aria-busy={pending}>
      <div
        role="group"
        aria-label="Vùng kéo thả ảnh"
        className={dragging ? 'media-drop media-drop-active' : 'media-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={`${id}-file`}>
          {multiple ? 'Tệp ảnh (chọn nhiều ảnh hoặc kéo thả vào đây; ' : 'Tệp ảnh ('}JPEG, PNG, WebP, AVIF; tối đa 20 MB mỗi ảnh)
        </label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          multiple={multiple}
          onChange={(event) => event.target.files && add(event.target.files)}
        />
      </div>
      {entries.length > 0 ? (
        <ul className="media-upload-files" aria-label="Tệp đã chọn">
          {entries.map((entry) => (
            <li key={entry.key} className={`media-upload-file media-upload-${entry.state}`}>
              <span className="media-upload-name">
                {entry.file.name} <small>({formatFileSize(entry.file.size)})</small>
              </span>
              <progress
                max={1}
                value={entry.state === 'waiting' ? 0 : entry.progress}
                aria-label={`Tiến độ tải ${entry.file.name}`}
              />
              <span role={entry.state === 'failed' ? 'alert' : 'status'}>
                {STATE_WORDS[entry.state]}
                {entry.message ? `: ${entry.message}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div ref={fields} className="media-upload-fields">
        <div className="admin-field">
          <label htmlFor={`${id}-alt`}>Mô tả ảnh (alt) cho người khiếm thị</label>
          <input id={`${id}-alt`} name="alt" maxLength={500} />
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-caption`}>Chú thích mặc định</label>
          <input id={`${id}-caption`} name="caption" maxLength={1000} />
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-credit`}>Nguồn ảnh</label>
          <input id={`${id}-credit`} name="credit" maxLength={200} placeholder="Ảnh: TRẦN ANH MINH" />
        </div>
      </div>
      {multiple ? <p className="media-upload-hint">Mô tả, chú thích và nguồn ở trên áp dụng cho mọi ảnh của lần tải này; sửa riêng từng ảnh trong thư viện.</p> : null}
      <p className="admin-message admin-message-error" role="alert">
        {notice}
      </p>
      <button type={embedded ? 'button' : 'submit'} onClick={embedded ? () => void uploadAll() : undefined} disabled={pending}>
        {pending ? 'Đang xử lý ảnh…' : 'Tải ảnh lên'}
      </button>
    </Root>
  );
}
