// `npm run staff -- list | unlock EMAIL | reset-password EMAIL`: staff accounts from the shell, for
// the operator when no admin can sign in. reset-password reads the new password from stdin, or
// asks for it twice (not echoed) on a terminal. Each change is in the audit log with the OS user.
import os from 'node:os';
import readline from 'node:readline/promises';
import { Writable } from 'node:stream';
import { hashPassword } from '@/lib/auth/password';
import { checkPassword } from '@/lib/auth/password-policy';
import { ROLE_LABELS } from '@/app/admin/_components/role-labels';
import { recordAudit } from '@/lib/data/audit';
import { listAccountLocks, unlockAccount } from '@/lib/data/login-throttles';
import { getStaffMemberByEmail, listStaff, setUserPasswordHash, type StaffMember } from '@/lib/data/users';
import { formatShortDate } from '@/lib/vi/time';

const USAGE = 'Cách dùng: npm run staff -- list | unlock EMAIL | reset-password EMAIL';

class UsageError extends Error {}

const byOperator = () => ({ via: 'cli', operator: os.userInfo().username });

function findStaff(email: string | undefined): StaffMember {
  if (!email) throw new UsageError(USAGE);
  const member = getStaffMemberByEmail(email);
  if (!member) throw new Error(`Không có tài khoản ${email}.`);
  return member;
}

function list(): void {
  const locks = listAccountLocks();
  for (const member of listStaff()) {
    const until = locks.get(member.email);
    const state = [member.active ? 'đang hoạt động' : 'đã vô hiệu hóa', until ? `bị khóa đến ${formatShortDate(until)}` : null];
    console.log(`${member.id}\t${member.email}\t${ROLE_LABELS[member.role]}\t${state.filter(Boolean).join(', ')}`);
  }
}

function unlock(email: string | undefined): void {
  const member = findStaff(email);
  const wasLocked = unlockAccount(member);
  recordAudit({ actor: null, action: 'staff.unlock', targetType: 'user', targetId: member.id, detail: { email: member.email, wasLocked, ...byOperator() } });
  console.log(wasLocked ? `Đã mở khóa đăng nhập cho ${member.email}.` : `${member.email} không bị khóa; đã xóa các lần đăng nhập sai.`);
}

/** Reads a line without echoing it, for a password typed at a terminal. */
async function askHidden(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += String(chunk);
    // `echo pass | …` and a file both end in one newline that is not part of the password.
    return input.replace(/\r?\n$/, '');
  }
  const first = await askHidden('Mật khẩu mới: ');
  if ((await askHidden('Nhập lại: ')) !== first) throw new Error('Hai lần nhập không khớp.');
  return first;
}

async function resetPassword(email: string | undefined): Promise<void> {
  const member = findStaff(email);
  const checked = checkPassword(await readNewPassword());
  if (!checked.ok) throw new Error(checked.message);
  // Bumps the session version: every session of the account ends on its next request.
  if (!setUserPasswordHash(member.id, await hashPassword(checked.password))) throw new Error(`Không có tài khoản ${member.email}.`);
  recordAudit({ actor: null, action: 'staff.password_reset', targetType: 'user', targetId: member.id, detail: { email: member.email, ...byOperator() } });
  console.log(`Đã đặt mật khẩu mới cho ${member.email}; mọi phiên đăng nhập cũ đã kết thúc.`);
}

async function main(): Promise<void> {
  const [command, email, ...extra] = process.argv.slice(2);
  if (extra.length > 0) throw new UsageError(USAGE);
  if (command === 'list' && !email) return list();
  if (command === 'unlock') return unlock(email);
  if (command === 'reset-password') return resetPassword(email);
  throw new UsageError(USAGE);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof UsageError ? 2 : 1);
});
