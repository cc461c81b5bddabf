import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { auditCsvRecord, auditCsvStream } from '@/app/admin/audit/audit-csv';
import { auditLineText, describeAuditEntry, formatAuditValue } from '@/app/admin/audit/audit-describe';
import type { AuditRow } from '@/lib/data/audit-read';

function entry(patch: Partial<AuditRow>): AuditRow {
  return {
    id: 1,
    at: '2026-07-14T03:25:07.000Z',
    actorEmail: 'bien-tap@toasoan.test',
    actorName: 'Nguyễn Văn Biên',
    action: 'article.publish',
    targetType: 'article',
    targetId: 12,
    targetTitle: 'Lũ về miền Trung',
    detail: null,
    ip: '203.0.113.5',
    ...patch,
  };
}

describe('audit entries as people read them', () => {
  it('names the person, the action in Vietnamese and the article by its headline', () => {
    expect(describeAuditEntry(entry({ detail: { version: 3, status: 'published', confirmedWarnings: [] } }))).toEqual({
      actor: 'Nguyễn Văn Biên (bien-tap@toasoan.test)',
      action: 'Đăng bài',
      target: 'Bài viết #12 “Lũ về miền Trung”',
      lines: [
        { label: 'Phiên bản', value: '3' },
        { label: 'Trạng thái', value: 'Đã đăng' },
        { label: 'Cảnh báo đã xác nhận', value: '(không có)' },
      ],
    });
  });

  it('calls the scheduler and other unattended work "Hệ thống", and a stranger at the sign-in form a guest', () => {
    const system = { actorEmail: null, actorName: null };
    expect(describeAuditEntry(entry({ ...system, action: 'article.scheduled_publish' })).actor).toBe('Hệ thống');
    expect(describeAuditEntry(entry({ ...system, action: 'staff.unlock', detail: { via: 'cli' } })).actor).toBe('Hệ thống');
    const failed = describeAuditEntry(entry({ ...system, action: 'auth.login_failed', targetType: null, targetId: null, detail: { email: 'ai@do.vn' } }));
    expect(failed).toMatchObject({ actor: 'Khách (chưa đăng nhập)', action: 'Đăng nhập thất bại', target: null, lines: [{ label: 'Email', value: 'ai@do.vn' }] });
  });

  it('shows an edit as before → after per field, the body as changed, and hides what only code reads', () => {
    const edited = describeAuditEntry(
      entry({ action: 'media.update', targetType: 'media', targetTitle: null, detail: { changes: { alt: ['', 'Cầu Long Biên'], credit: ['Ảnh: A', 'Ảnh: B'] } } }),
    );
    expect(edited.lines.map(auditLineText)).toEqual(['Mô tả ảnh (alt): (trống) → Cầu Long Biên', 'Nguồn ảnh: Ảnh: A → Ảnh: B']);
    const saved = describeAuditEntry(entry({ action: 'article.edit', detail: { changes: { title: ['Cũ', 'Mới'], body: [null, null] } } }));
    expect(saved.lines.map(auditLineText)).toEqual(['Tiêu đề: Cũ → Mới', 'Nội dung: đã sửa (xem Lịch sử phiên bản)']);
    const login = describeAuditEntry(entry({ action: 'auth.login', detail: { sv: 4, device: 'abc', agent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/140.0' } }));
    expect(login.lines).toEqual([{ label: 'Thiết bị', value: 'Chrome trên Windows' }]);
  });

  it('words roles, states, instants and codes', () => {
    const role = describeAuditEntry(entry({ action: 'staff.role', targetType: 'user', targetTitle: null, detail: { from: 'reporter', to: 'editor' } }));
    expect(role.lines).toEqual([{ label: 'Vai trò', before: 'Phóng viên', after: 'Biên tập viên' }]);
    expect(formatAuditValue('until', '2026-07-14T03:40:00.000Z')).toBe('14/07/2026 10:40:00');
    expect(formatAuditValue('for', 'unknown devices')).toBe('các thiết bị lạ');
    expect(formatAuditValue('wasLocked', true)).toBe('Có');
    expect(describeAuditEntry(entry({ action: 'legacy.thing', targetType: 'widget' }))).toMatchObject({ action: 'legacy.thing', target: 'widget #12 “Lũ về miền Trung”' });
  });
});

describe('audit CSV export', () => {
  it('starts with a UTF-8 byte order mark for Excel, quotes multi-line cells and defuses formulas', async () => {
    const rows = [
      entry({ action: 'media.update', targetType: 'media', targetTitle: null, detail: { changes: { caption: ['a, "b"', '=HYPERLINK("x")'] } } }),
      entry({ id: 2, actorEmail: null, actorName: null, action: 'article.scheduled_publish' }),
    ];
    const bytes = await buffer(auditCsvStream(rows));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Thời gian (giờ Việt Nam),Người thực hiện,Hành động,Mã hành động,Đối tượng,Chi tiết,IP');
    expect(lines[1]).toBe(
      '14/07/2026 10:25:07,Nguyễn Văn Biên (bien-tap@toasoan.test),Sửa thông tin ảnh,media.update,Ảnh #12,"Chú thích: a, ""b"" → =HYPERLINK(""x"")",203.0.113.5',
    );
    expect(lines[2]).toContain(',Hệ thống,Tự động đăng theo hẹn giờ,article.scheduled_publish,Bài viết #12 “Lũ về miền Trung”,');
    const formula = auditCsvRecord(entry({ actorEmail: '=cmd@x.vn', actorName: null }));
    const [stamp, actor] = (await buffer(auditCsvStream([entry({ actorEmail: '=cmd@x.vn', actorName: null })]))).toString('utf8').split('\r\n')[1]!.split(',');
    expect(formula[1]).toBe('=cmd@x.vn');
    expect(stamp).toBe('14/07/2026 10:25:07');
    expect(actor).toBe("'=cmd@x.vn");
  });
});
