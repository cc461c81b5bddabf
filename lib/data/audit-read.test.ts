import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from './audit';
import { AUDIT_ACTIONS } from '@/lib/domain/audit-actions';
import { planOf, recordQueries } from '@/tests/support/query-plans';
import { listAuditEntries, listAuditFilterOptions, listOpenSignIns, listPendingEmailRequests, SYSTEM_ACTOR } from './audit-read';

const ROOT = process.cwd();
// Quoted dotted verbs with a known subject: the shape every recordAudit action has.
const ACTION_LITERAL = /['"`]((?:auth|staff|account|article|media|section|tag|import|user|correction)\.[a-z_]+)['"`]/g;
const NOT_AN_ACTION = /\.(css|ts|tsx|js|mjs|json|xml|txt)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() && /\.(tsx?|mjs|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('audit log reading', () => {
  it('lists every audit action used in the code base in the filter catalogue', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('app'), ...sourceFiles('lib')]) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(ACTION_LITERAL)) {
        if (match[1] && !NOT_AN_ACTION.test(match[1])) used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action))).toEqual([]);
  });

  it('has no code path that edits or deletes audit entries', () => {
    const writers = /\.(update|delete)\(\s*auditLog\b|\b(UPDATE|DELETE\s+FROM)\s+["`]?audit_log\b/i;
    const offenders = [...sourceFiles('app'), ...sourceFiles('lib'), ...sourceFiles('db'), ...sourceFiles('scripts')].filter((file) =>
      writers.test(fs.readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('filters by action, actor, target and date range, newest first, and offers recorded actions', () => {
    const email = 'bien-tap@toasoan.test';
    const actor = { id: db.insert(users).values({ email, name: 'Biên tập' }).returning().get().id, email };
    recordAudit({ actor, action: 'tag.merge', targetType: 'tag', targetId: 7 });
    recordAudit({ actor: null, action: 'auth.login_failed', detail: { email: 'x@y.z' } });
    recordAudit({ actor, action: 'legacy.thing', targetType: 'tag', targetId: 8 });
    expect(listAuditEntries({}, 1).items.map((r) => r.action)).toEqual(['legacy.thing', 'auth.login_failed', 'tag.merge']);
    expect(listAuditEntries({ actor: actor.email, targetType: 'tag' }, 1).total).toBe(2);
    expect(listAuditEntries({ action: 'tag.merge', targetId: 7 }, 1).items).toMatchObject([{ actorEmail: actor.email, targetId: 7 }]);
    expect(listAuditEntries({ from: new Date(Date.now() + 60_000) }, 1).total).toBe(0);
    expect(listAuditEntries({ to: new Date(Date.now() + 60_000) }, 1).total).toBe(3);
    const options = listAuditFilterOptions();
    expect(options.actions).toEqual(expect.arrayContaining(['legacy.thing', 'section.update', 'import.article']));
    expect(options.actors).toEqual([actor.email]);
  });

  it('finds the filter’s choices by seeking through indexes, in the order a DISTINCT gives', () => {
    for (const email of ['z@toasoan.test', 'a@toasoan.test']) {
      const actor = { id: db.insert(users).values({ email, name: email }).returning().get().id, email };
      recordAudit({ actor, action: 'account.name', targetType: 'user', targetId: actor.id });
      recordAudit({ actor, action: 'account.name', targetType: 'user', targetId: actor.id });
    }
    const distinct = (column: string) =>
      (db.$client.prepare(`SELECT DISTINCT ${column} AS v FROM audit_log WHERE ${column} IS NOT NULL ORDER BY 1`).all() as { v: string }[]).map((r) => r.v);
    const { result: options, queries } = recordQueries(() => listAuditFilterOptions());
    expect(options.actors).toEqual(distinct('actor_email'));
    expect(options.actors).toEqual(expect.arrayContaining(['a@toasoan.test', 'z@toasoan.test']));
    expect(options.targetTypes).toEqual(distinct('target_type'));
    expect(options.actions).toEqual(expect.arrayContaining(distinct('action')));
    for (const query of queries) {
      const plan = planOf(query);
      expect(plan).toMatch(/SEARCH audit_log USING COVERING INDEX audit_log_(action|actor|target)_idx \(\w+>\?\)/);
      expect(plan).not.toMatch(/SCAN audit_log/);
    }
  });

  it('filters the system’s own work (nobody signed in, not a sign-in attempt) as one actor, and names the article', () => {
    recordAudit({ actor: null, action: 'article.scheduled_publish', targetType: 'article', targetId: 424242 });
    recordAudit({ actor: null, action: 'auth.login_failed', detail: { email: 'la@toasoan.test' } });
    const system = listAuditEntries({ actor: SYSTEM_ACTOR }, 1);
    expect(system.items.map((r) => r.action)).toEqual(['article.scheduled_publish']);
    expect(system.items[0]).toMatchObject({ actorEmail: null, actorName: null, targetTitle: null, detail: null });
  });

  it('lists the sign-ins still open: the current session version only, newest first', () => {
    const email = 'phien@toasoan.test';
    const id = db.insert(users).values({ email, name: 'Phiên' }).returning().get().id;
    const actor = { id, email };
    recordAudit({ actor, action: 'auth.login', targetType: 'user', targetId: id, detail: { sv: 1, device: 'cu', agent: 'A' }, ip: '192.0.2.1' });
    recordAudit({ actor, action: 'auth.login', targetType: 'user', targetId: id, detail: { sv: 2, device: 'may-1', agent: 'B' }, ip: '192.0.2.2' });
    recordAudit({ actor, action: 'auth.login', targetType: 'user', targetId: id, detail: { sv: 2, device: 'may-2', agent: 'C' }, ip: '192.0.2.3' });
    expect(listOpenSignIns(id, 2).map((s) => [s.device, s.agent, s.ip])).toEqual([
      ['may-2', 'C', '192.0.2.3'],
      ['may-1', 'B', '192.0.2.2'],
    ]);
    expect(listOpenSignIns(id, 3)).toEqual([]);
  });

  it('keeps an email change request pending until an admin approves or rejects it; a newer request replaces it', () => {
    const email = 'doi-email@toasoan.test';
    const id = db.insert(users).values({ email, name: 'Đổi email' }).returning().get().id;
    const actor = { id, email };
    const request = (to: string) => recordAudit({ actor, action: 'account.email_request', targetType: 'user', targetId: id, detail: { from: email, to } });
    request('moi-1@toasoan.test');
    request('moi-2@toasoan.test');
    expect(listPendingEmailRequests(id).map((r) => r.to)).toEqual(['moi-2@toasoan.test']);
    expect(listPendingEmailRequests().map((r) => r.userId)).toContain(id);
    recordAudit({ actor: null, action: 'staff.email_reject', targetType: 'user', targetId: id });
    expect(listPendingEmailRequests(id)).toEqual([]);
    request('moi-3@toasoan.test');
    expect(listPendingEmailRequests(id)).toMatchObject([{ from: email, to: 'moi-3@toasoan.test', name: 'Đổi email' }]);
  });
});
