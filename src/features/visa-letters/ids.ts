import { randomBytes } from 'node:crypto';

/** A collision-free id for rows written with createMany (lower-case, like Prisma's cuids: 'c' + 24 characters). */
export function createId(): string {
  return `c${randomBytes(15).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 24)}`;
}
