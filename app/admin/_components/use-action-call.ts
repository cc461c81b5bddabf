'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';

/** What a button's Server Action call shows when the call itself fails (network, ended session). */
export const OFFLINE_MESSAGE = 'Không kết nối được máy chủ hoặc phiên đăng nhập đã hết hạn.';

/**
 * Calls Server Actions from buttons: `pending` while one runs, then its refusal's message in
 * `error` (or OFFLINE_MESSAGE when the call failed), or `onSuccess` with its value.
 */
export function useActionCall() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function run<T extends object>(call: () => Promise<ActionResult<T>>, onSuccess: (result: { ok: true } & T) => void) {
    setPending(true);
    const result = await call().catch(() => null);
    setPending(false);
    if (!result) return setError(OFFLINE_MESSAGE);
    if (!result.ok) return setError(result.message);
    setError('');
    onSuccess(result);
  }

  return { pending, error, run };
}
