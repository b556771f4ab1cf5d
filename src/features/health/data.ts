import 'server-only';
import { dbKind, dbRead, getPglite } from '@/lib/db';

export async function checkDatabase(): Promise<boolean> {
  if (dbKind() === 'pglite') {
    // Embedded in this process on one connection: a query would wait behind every queued
    // transaction of a burst. The database is up when its instance is open and ready.
    const lite = getPglite();
    return !!lite && lite.ready && !lite.closed;
  }
  try {
    await dbRead.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
