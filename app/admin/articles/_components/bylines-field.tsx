'use client';

import { BYLINE_ROLE_NAMES, bylineRoles, type BylineRow } from './editor-form';

/** Credit rows as the paper prints them: a label ("Tin", "Ảnh", "Theo") and a name. */
export function BylinesField({
  rows,
  disabled,
  onChange,
}: {
  rows: BylineRow[];
  disabled: boolean;
  onChange: (rows: BylineRow[]) => void;
}) {
  const set = (index: number, patch: Partial<BylineRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="editor-bylines" disabled={disabled}>
      <legend>Tác giả</legend>
      {rows.map((row, index) => (
        <div key={index} className="editor-byline-row">
          <label>
            Vai trò {index + 1}
            <select
              value={row.role}
              onChange={(e) => set(index, { role: e.target.value as BylineRow['role'] })}
            >
              {bylineRoles.map((role) => (
                <option key={role} value={role}>
                  {BYLINE_ROLE_NAMES[role]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Nhãn {index + 1}
            <input
              value={row.label}
              onChange={(e) => set(index, { label: e.target.value })}
              placeholder="Tin, ảnh"
            />
          </label>
          <label>
            Tên tác giả {index + 1}
            <input value={row.name} onChange={(e) => set(index, { name: e.target.value })} />
          </label>
          <button type="button" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            Xóa dòng {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...rows, { role: 'writer', label: 'Tin', name: '' }])}
      >
        Thêm tác giả
      </button>
    </fieldset>
  );
}
