import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/password';
import type { Role } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';

export const DEFAULT_PASSWORD = 'Baobab-de-Ngor-2005';
let defaultHash: Promise<string> | undefined;

/** A unique e-mail, so tests never collide and need no database reset. */
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@test.rencontre.example`;
}

export async function createUser(overrides: { role?: Role; verified?: boolean; email?: string; name?: string; password?: string; locale?: 'fr' | 'en' | 'es' | 'pt' } = {}) {
  const passwordHash = overrides.password ? await hashPassword(overrides.password) : await (defaultHash ??= hashPassword(DEFAULT_PASSWORD));
  return db.user.create({
    data: {
      email: overrides.email ?? uniqueEmail((overrides.role ?? 'DELEGATE').toLowerCase()),
      name: overrides.name ?? 'Awa Diallo',
      passwordHash,
      role: overrides.role ?? 'DELEGATE',
      locale: overrides.locale ?? 'fr',
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}

/** One user per role, for "each role tried" tests. */
export async function createRoleUsers() {
  const [delegate, organizer, secretariat] = await Promise.all([
    createUser({ role: 'DELEGATE' }),
    createUser({ role: 'ORGANIZER' }),
    createUser({ role: 'SECRETARIAT' }),
  ]);
  return { delegate, organizer, secretariat };
}

/** The secret link of the newest outbox message to `to` with `template`. */
export async function latestLinkTo(to: string, template: string): Promise<{ url: string; token: string }> {
  const message = await db.emailOutbox.findFirst({ where: { to, template }, orderBy: { createdAt: 'desc' } });
  const url = message?.text.match(/https?:\/\/\S+/)?.[0];
  if (!url) throw new Error(`no ${template} message with a link to ${to}`);
  return { url, token: new URL(url).searchParams.get('token') ?? '' };
}

const DAY = 86_400_000;
const shortId = () => randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();

/** An OPEN event starting in 30 days (3 days long) in Africa/Dakar, unique slug and code. */
export async function createEvent(overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const start = new Date(new Date().toISOString().slice(0, 10));
  start.setTime(start.getTime() + 30 * DAY);
  const code = `T${shortId()}`;
  return db.event.create({
    data: {
      slug: `test-${code.toLowerCase()}`,
      code,
      title: { fr: `Rencontre ${code}`, en: `Gathering ${code}` },
      city: 'Dakar',
      country: 'SN',
      timeZone: 'Africa/Dakar',
      startDate: start,
      endDate: new Date(start.getTime() + 2 * DAY),
      registrationOpensAt: new Date(Date.now() - 10 * DAY),
      registrationClosesAt: new Date(Date.now() + 20 * DAY),
      status: 'OPEN',
      languages: ['fr', 'en', 'es', 'pt'],
      ...overrides,
    },
  });
}
