import 'server-only';
import { notFound } from 'next/navigation';
import type { Action } from '@/lib/domain/capabilities';
import { requireCapabilityPage, type SessionUser } from '@/lib/auth/guard';
import { getFrontForEditing, type FrontForEditing } from '@/lib/data/fronts/store';
import { frontKeyFromSegment } from '../front-href';

/** The front the URL names, for a user the capability allows; 404 for a key that names no front. */
export async function loadFrontFor(params: Promise<{ key: string }>, capability: Action): Promise<{ user: SessionUser; front: FrontForEditing }> {
  const user = await requireCapabilityPage(capability);
  const front = getFrontForEditing(frontKeyFromSegment((await params).key));
  if (!front) notFound();
  return { user, front };
}
