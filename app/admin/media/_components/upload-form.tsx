'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { MediaItem } from '@/lib/data/dto';
import { uploadMedia } from './upload-media';

type Props = {
  /** Called with the stored photo; without it the page is refreshed to show it in the grid. */
  onUploaded?: (media: MediaItem) => void;
  /** Render without a <form> element, for use inside another form (the article editor). */
  embedded?: boolean;
};

/** The fields' values as the upload route expects them: a "file" part and three text parts. */
function collect(container: HTMLElement): FormData {
  const data = new FormData();
  for (const input of container.querySelectorAll<HTMLInputElement>('input[name]')) {
    if (input.type === 'file') {
      const file = input.files?.[0];
      if (file) data.append(input.name, file);
    } else data.append(input.name, input.value);
  }
  return data;
}

/** Uploads one photo with its alt text, caption and credit. */
export function UploadForm({ onUploaded, embedded = false }: Props) {
  const id = useId();
  const container = useRef<HTMLDivElement & HTMLFormElement>(null);
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function upload() {
    const root = container.current;
    if (!root || pending) return;
    setPending(true);
    setMessage(null);
    const result = await uploadMedia(collect(root));
    setPending(false);
    if (!result.ok) return setMessage({ error: true, text: result.message });
    for (const input of root.querySelectorAll('input')) input.value = '';
    setMessage({ error: false, text: `Đã tải lên ảnh ${result.media.width}×${result.media.height}.` });
    if (onUploaded) onUploaded(result.media);
    else router.refresh();
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void upload();
  };
  const Root = embedded ? 'div' : 'form';

  return (
    <Root ref={container} onSubmit={embedded ? undefined : submit} className="admin-form media-upload" aria-busy={pending}>
      <div className="admin-field">
        <label htmlFor={`${id}-file`}>Tệp ảnh (JPEG, PNG, WebP, AVIF; tối đa 20 MB)</label>
        <input id={`${id}-file`} name="file" type="file" accept="image/jpeg,image/png,image/webp,image/avif" required />
      </div>
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
      <p className={message?.error ? 'admin-message admin-message-error' : 'admin-message admin-message-success'} role={message?.error ? 'alert' : 'status'}>
        {message?.text}
      </p>
      <button type={embedded ? 'button' : 'submit'} onClick={embedded ? () => void upload() : undefined} disabled={pending}>
        {pending ? 'Đang xử lý ảnh…' : 'Tải ảnh lên'}
      </button>
    </Root>
  );
}
