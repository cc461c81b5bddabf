'use client';

import { parseArticleBody } from '@/lib/article-body/parse';
import { bodyToPlainText } from '@/lib/article-body/text';
import type { EditableArticle } from '@/lib/data/articles/editable';
import { formatDateTime } from '@/lib/vi/time';
import { DiffText } from './diff-text';

type Mine = { title: string; lead: string; body: unknown };

/** Plain text of a version: headline, lead and body, so it can be copied anywhere. */
export function versionText(v: Mine): string {
  const body = parseArticleBody(v.body);
  return [v.title, v.lead, body.ok ? bodyToPlainText(body.body) : ''].filter(Boolean).join('\n\n');
}

type Props = {
  mine: Mine;
  current: EditableArticle;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Shown when a save names an older version: nothing is overwritten and nothing of the writer's is lost. */
export function ConflictPanel({ mine, current, onKeepMine, onTakeTheirs }: Props) {
  const myText = versionText(mine);
  const theirText = versionText(current.snapshot);
  return (
    <section role="alertdialog" aria-labelledby="xung-dot" className="editor-conflict">
      <h2 id="xung-dot">Xung đột: bài đã được sửa ở nơi khác</h2>
      <p>
        Bản của bạn <strong>chưa được lưu</strong>. Trong lúc bạn viết, bài đã được lưu thành phiên
        bản {current.version} (lúc {formatDateTime(new Date(current.updatedAt))}). Không có
        gì bị ghi đè: chép lại bản của bạn bên dưới, so sánh, rồi chọn cách xử lý.
      </p>
      <label htmlFor="ban-cua-ban">Bản của bạn (chưa lưu)</label>
      <textarea id="ban-cua-ban" readOnly value={myText} rows={10} />
      <button type="button" onClick={() => navigator.clipboard?.writeText(myText)}>
        Sao chép bản của tôi
      </button>
      <h3>Khác biệt giữa bản đang lưu (phiên bản {current.version}) và bản của bạn</h3>
      <DiffText before={theirText} after={myText} />
      <p className="editor-conflict-actions">
        <a href={`/admin/articles/${current.id}`} target="_blank" rel="noopener">
          Mở bản đang lưu trong tab mới
        </a>
        <button type="button" onClick={onKeepMine}>
          Lưu bản của tôi thành phiên bản mới
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Bỏ bản của tôi, dùng bản đang lưu
        </button>
      </p>
    </section>
  );
}
