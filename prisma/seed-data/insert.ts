// Bulk insert for the big tables (accounts, registrations, enrolments).
//
// Why not createMany: on PGlite, Prisma's createMany spends ~1 ms per
// registration row binding ~55 parameters per row (50,000 rows: ~55 s). Sending
// each batch as ONE JSON parameter expanded by json_populate_recordset is ~8x
// faster and is plain PostgreSQL, so it works the same on a real server.
// Rows keep their Prisma `CreateManyInput` types, so they are still checked
// against the schema at compile time. Only the columns present in a batch are
// inserted: the others take their database defaults. Prisma-side defaults
// (@default(cuid()), @updatedAt) are not applied: the generators set ids and
// timestamps themselves. Field names are column names (the schema has no @map).
import type { Prisma } from '@/generated/prisma/client';

export const BATCH = 1000;

type Table = 'User' | 'Delegation' | 'Registration' | 'SessionEnrollment';

export async function insertRows<T extends object>(tx: Prisma.TransactionClient, table: Table, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const columns = [...new Set(batch.flatMap((row) => Object.keys(row)))].map((c) => `"${c}"`).join(', ');
    // Table and column names come from this code, never from input; the data is one bound parameter.
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(batch),
    );
  }
}
