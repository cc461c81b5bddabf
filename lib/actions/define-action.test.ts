import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { db } from '@/db';
import { auditLog, users } from '@/db/schema';
import type { UserRole } from '@/lib/domain/staff-roles';
import { createUser } from '@/lib/data/users';

// The wrapper runs for real on a migrated SQLite: the origin and capability checks of
// lib/auth/guard.ts, zod and the audit log. Only Next's request scope and Auth.js are stand-ins.
const request = vi.hoisted(() => ({ headers: new Headers(), staffId: null as number | null, sessionVersion: 0 }));
const expired = vi.hoisted(() => ({ tags: [] as string[], paths: [] as string[] }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('next/cache', () => ({
  updateTag: (tag: string) => expired.tags.push(tag),
  revalidateTag: () => {},
  revalidatePath: (path: string) => expired.paths.push(path),
}));
// Work after the response (the CDN purge, unconfigured here) runs at once.
vi.mock('next/server', () => ({ after: (task: () => unknown) => void task() }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));
vi.mock('@/lib/auth/auth-js', () => ({
  auth: async () =>
    request.staffId === null ? null : { staff: { id: request.staffId, sessionVersion: request.sessionVersion } },
}));

const { defineAction, defineFormAction } = await import('./define-action');

const SITE = 'http://localhost:3000';
let n = 0;

function signIn(role: UserRole): number {
  n += 1;
  const id = createUser({ email: `nguoi-${n}@toasoan.test`, name: `Người ${n}`, role, passwordHash: 'x' })!;
  request.staffId = id;
  request.sessionVersion = db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)).get()!.v;
  return id;
}

function auditRows(action: string) {
  return db.select().from(auditLog).where(eq(auditLog.action, action)).all();
}

const renameSection = defineFormAction({
  permission: 'section:manage',
  schema: z.object({ id: z.coerce.number().int().positive(), name: z.string().trim().min(1, 'Nhập tên chuyên mục.') }),
  echo: ['name'],
  run: ({ input }) => ({
    ok: true,
    value: { message: `Đã lưu “${input.name}”.` },
    tags: ['sections', `section:${input.id}`],
    paths: ['/admin/sections'],
    audit: { action: 'section.update', targetType: 'section', targetId: input.id, detail: { name: input.name } },
  }),
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

beforeEach(() => {
  request.headers = new Headers({ origin: SITE, host: 'localhost:3000', 'x-forwarded-for': '203.0.113.9' });
  request.staffId = null;
  expired.tags = [];
  expired.paths = [];
});

describe('defineAction', () => {
  it('refuses a foreign or missing Origin before anything else, even for an admin', async () => {
    signIn('admin');
    for (const origin of ['https://evil.example', null]) {
      request.headers = new Headers({ host: 'localhost:3000', ...(origin ? { origin } : {}) });
      const state = await renameSection({ status: 'idle', message: '' }, form({ id: '1', name: 'Thời sự' }));
      expect(state).toMatchObject({ status: 'error', message: 'Yêu cầu không đến từ trang quản trị của Tòa soạn.' });
    }
    expect(expired.tags).toEqual([]);
    expect(auditRows('section.update')).toEqual([]);
  });

  it('refuses callers without the capability: 401 signed out, 403 for a role the table refuses', async () => {
    const before = auditRows('section.update').length;
    expect(await renameSection({ status: 'idle', message: '' }, form({ id: '1', name: 'X' }))).toMatchObject({
      status: 'error',
      message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    });
    signIn('editor');
    expect(await renameSection({ status: 'idle', message: '' }, form({ id: '1', name: 'X' }))).toMatchObject({
      status: 'error',
      message: 'Bạn không có quyền thực hiện thao tác này.',
    });
    expect(expired.tags).toEqual([]);
    expect(auditRows('section.update')).toHaveLength(before);
  });

  it('answers bad input with field errors and the typed values, and runs nothing', async () => {
    signIn('admin');
    const state = await renameSection({ status: 'idle', message: '' }, form({ id: 'abc', name: '   ' }));
    expect(state.status).toBe('error');
    expect(state.message).toBe('Vui lòng sửa các ô được đánh dấu.');
    expect(state.fieldErrors?.name).toBe('Nhập tên chuyên mục.');
    expect(state.fieldErrors?.id).toBeTruthy();
    expect(state.values).toEqual({ name: '   ' });
    expect(expired.tags).toEqual([]);
  });

  it('on success expires the tags and pages, records the audit row with actor and address, and returns the value', async () => {
    const adminId = signIn('admin');
    const state = await renameSection({ status: 'idle', message: '' }, form({ id: '7', name: 'Kinh tế' }));
    expect(state).toEqual({ status: 'success', message: 'Đã lưu “Kinh tế”.' });
    expect(expired.tags).toEqual(['sections', 'section:7']);
    expect(expired.paths).toEqual(['/admin/sections']);
    const row = auditRows('section.update').find((r) => r.targetId === 7);
    expect(row).toMatchObject({ actorId: adminId, targetType: 'section', ip: '203.0.113.9', detail: { name: 'Kinh tế' } });
  });

  it('tells an unknown article apart only to staff, and asks the capability of the article as stored', async () => {
    const writer = signIn('reporter');
    const lookUp = (raw: unknown) =>
      (raw as { id: number }).id === 1
        ? { action: 'article:edit' as const, article: { createdBy: writer, status: 'draft' as const } }
        : (raw as { id: number }).id === 2
          ? { action: 'article:edit' as const, article: { createdBy: writer, status: 'published' as const } }
          : { error: 'not_found' as const, message: 'Không tìm thấy bài viết.' };
    const edit = defineAction({
      permission: lookUp,
      schema: z.object({ id: z.number() }),
      run: ({ input }) => ({ ok: true, value: { id: input.id } }),
    });
    expect(await edit({ id: 1 })).toEqual({ ok: true, id: 1 });
    expect(await edit({ id: 2 })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await edit({ id: 3 })).toEqual({ ok: false, error: 'not_found', message: 'Không tìm thấy bài viết.' });
    request.staffId = null;
    expect(await edit({ id: 3 })).toMatchObject({ ok: false, error: 'unauthorized' });
  });

  it('passes a refusal of the body through without expiring or auditing', async () => {
    signIn('admin');
    const refuse = defineAction({
      permission: 'tag:manage',
      schema: z.object({}),
      run: () => ({ ok: false, error: 'refused', message: 'Không thể gộp một thẻ vào chính nó.' }),
    });
    expect(await refuse({})).toEqual({ ok: false, error: 'refused', message: 'Không thể gộp một thẻ vào chính nó.' });
    expect(expired.tags).toEqual([]);
  });

  it('writes the audit row before work that must follow it, then redirects', async () => {
    signIn('admin');
    const steps: string[] = [];
    const remove = defineAction({
      permission: 'media:delete',
      schema: z.object({ id: z.number() }),
      run: ({ input }) => ({
        ok: true,
        value: {},
        audit: { action: 'media.delete', targetType: 'media', targetId: input.id },
        afterAudit: () => steps.push(`files gone, audited: ${auditRows('media.delete').some((r) => r.targetId === input.id)}`),
        redirectTo: '/admin/media?da-xoa=1',
      }),
    });
    await expect(remove({ id: 41 })).rejects.toThrow('redirect /admin/media?da-xoa=1');
    expect(steps).toEqual(['files gone, audited: true']);
  });
});
