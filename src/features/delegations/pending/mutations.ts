import 'server-only';
import { cookies } from 'next/headers';
import { db } from '@/lib/db';
import { PENDING_COOKIE } from './cookie';

/** Once the person has joined (or the link is spent), nothing more to offer. */
export async function clearPendingInvitation(userId: string): Promise<void> {
  await db.pendingInvitation.deleteMany({ where: { userId } });
  (await cookies()).delete(PENDING_COOKIE);
}
