'use client';

import { frontPreviewHref } from '../front-href';

const WIDTHS = [
  { width: 390, height: 844, scale: 0.6, label: 'Điện thoại (390 px)' },
  { width: 1280, height: 900, scale: 0.45, label: 'Máy tính (1280 px)' },
] as const;

/**
 * The saved draft as readers will see it, at a phone's and a desktop's width: each frame is that
 * wide, so the reader's own stylesheet and media queries decide, then it is drawn smaller.
 *
 * The frames run no script (`sandbox` without allow-scripts): the front is server-rendered HTML,
 * complete without JavaScript, so nothing drawn changes. Each save reloads both, and with scripts
 * each loaded and hydrated Next's runtime and the newsroom's menu again, for a picture. Same
 * origin still, for the stylesheet's fonts.
 */
export function FrontPreview({ frontKey, round }: { frontKey: string; round: number }) {
  const src = frontPreviewHref(frontKey, { refresh: round });
  return (
    <section aria-labelledby="xem-truoc" className="front-preview-panel">
      <h2 id="xem-truoc">Xem trước bản nháp</h2>
      <p className="front-muted">Cập nhật sau mỗi lần lưu. Đây đúng là trang độc giả sẽ thấy khi xuất bản.</p>
      <div className="front-preview-frames">
        {WIDTHS.map(({ width, height, scale, label }) => (
          // Wider than a phone's screen, the desktop frame scrolls sideways: focusable, so the
          // keyboard can scroll it too.
          <figure key={width} style={{ width: width * scale }} tabIndex={0}>
            <figcaption>{label}</figcaption>
            <div className="front-preview-viewport" style={{ width: width * scale, height: height * scale }}>
              <iframe
                src={src}
                sandbox="allow-same-origin"
                title={`Xem trước trang trên ${label.toLowerCase()}`}
                width={width}
                height={height}
                style={{ transform: `scale(${scale})` }}
              />
            </div>
          </figure>
        ))}
      </div>
    </section>
  );
}
