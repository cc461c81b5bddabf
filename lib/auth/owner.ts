import 'server-only';
import { createOwnerIfNoUsers } from '@/lib/data/users';
import { hashPassword } from './password';
import { checkPassword } from './password-policy';

export type OwnerResult = 'created' | 'exists' | 'invalid-password';

/** Creates the first account (admin) when none exists; used by /admin/setup and by ADMIN_EMAIL at setup. */
export async function createOwner(input: { email: string; name: string; password: string }): Promise<OwnerResult> {
  if (!checkPassword(input.password).ok) return 'invalid-password';
  const passwordHash = await hashPassword(input.password);
  const id = createOwnerIfNoUsers({ email: input.email, name: input.name, passwordHash });
  return id === null ? 'exists' : 'created';
}
