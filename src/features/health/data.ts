import 'server-only';
import { dbRead } from '@/lib/db';

export async function checkDatabase(): Promise<boolean> {
  try {
    await dbRead.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
