import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { getSessionUser } from '@/lib/auth/guard';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { countUsers } from '@/lib/data/users';
import { env } from '@/lib/env';
import { LoginForm } from './_components/login-form';

export const metadata: Metadata = { title: 'Đăng nhập', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl), env.SITE_URL);
  if (countUsers() === 0) redirect('/admin/setup');
  if (await getSessionUser()) redirect(callbackUrl);
  // Auth.js redirects here after a plain-HTTP failure, with ?error=CredentialsSignin&code=…
  const initialError = first(params.error) ? signInErrorMessage(first(params.code)) : null;
  return (
    <div className="admin-auth">
      <h1>Đăng nhập Tòa soạn</h1>
      <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
    </div>
  );
}
