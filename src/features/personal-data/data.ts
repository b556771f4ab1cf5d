import 'server-only';
import { db } from '@/lib/db';
import { openDraftValues, openSensitive } from '@/features/registrations/sensitive';

// "My data" (Loi 25 art. 27, GDPR art. 15 and 20): everything held about one
// person, read with queries scoped to that person only. Rows about other people
// that merely mention this person (a head's delegation, audit entries this person
// wrote about someone else) give only what concerns this person.

const REGISTRATION_OMIT = { calendarToken: true, searchText: true } as const;

/** Everything held about `userId`, as plain JSON-able data. */
export async function collectPersonalData(userId: string) {
  const account = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, givenName: true, familyName: true, announcementsOptOut: true, role: true, locale: true, emailVerifiedAt: true, disabledAt: true, createdAt: true, updatedAt: true },
  });
  if (!account) return null;
  const sealed = await db.registration.findMany({
    where: { userId },
    orderBy: { createdAt: 'asc' },
    omit: REGISTRATION_OMIT,
    include: {
      event: { select: { slug: true, code: true, title: true, timeZone: true } },
      delegation: { select: { name: true, country: true, network: true, status: true } },
      feeCategory: { select: { code: true, label: true, amountMinor: true, currency: true } },
      enrollments: {
        orderBy: { createdAt: 'asc' },
        select: { status: true, waitlistPosition: true, promotedAt: true, createdAt: true, updatedAt: true, session: { select: { title: true, kind: true, startsAt: true, endsAt: true } } },
      },
    },
  });
  // Passport number and date of birth are stored sealed: the owner gets them in clear.
  const registrations = sealed.map((r) => openSensitive(r));
  const registrationIds = registrations.map((r) => r.id);
  const addresses = [...new Set([account.email, ...registrations.map((r) => r.email)])];
  const [drafts, delegationsHeaded, invitations, consents, emails, auditAboutMe, myActions] = await Promise.all([
    db.registrationDraft.findMany({ where: { userId }, select: { step: true, data: true, updatedAt: true, event: { select: { slug: true, title: true } } } }),
    db.delegation.findMany({ where: { headId: userId }, select: { name: true, country: true, network: true, status: true, quota: true, createdAt: true, event: { select: { slug: true, title: true } } } }),
    db.delegationInvite.findMany({
      where: { OR: [{ userId }, { email: account.email }] },
      select: { email: true, firstName: true, lastName: true, prefill: true, lastSentAt: true, acceptedAt: true, createdAt: true, delegation: { select: { name: true } } },
    }),
    db.consentRecord.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { noticeVersion: true, context: true, createdAt: true, event: { select: { slug: true, title: true } } } }),
    db.emailOutbox.findMany({
      where: { OR: [{ userId }, { to: { in: addresses } }] },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true, to: true, locale: true, template: true, subject: true, text: true, status: true, sentAt: true },
    }),
    db.auditLog.findMany({
      where: { OR: [{ entityType: 'User', entityId: userId }, { entityType: 'Registration', entityId: { in: registrationIds } }] },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true, action: true, entityType: true, data: true, actorId: true },
    }),
    // What this person did: the action and when, not the other people it was about.
    db.auditLog.findMany({ where: { actorId: userId }, orderBy: { createdAt: 'asc' }, select: { createdAt: true, action: true, entityType: true } }),
  ]);
  return {
    generatedAt: new Date().toISOString(),
    account,
    registrations: registrations.map(({ userId: _u, feeCategoryId: _f, delegationId: _d, decidedById: _db, checkedInById: _cb, bursaryDecidedById: _bd, ...r }) => r),
    drafts: drafts.map((d) => ({ ...d, data: openDraftValues(d.data) })),
    delegationsHeaded,
    invitations,
    consents,
    emails,
    auditAboutMe: auditAboutMe.map(({ actorId, ...entry }) => ({ ...entry, by: actorId === userId ? 'me' : actorId ? 'staff' : 'system' })),
    myActions,
  };
}

export type PersonalData = NonNullable<Awaited<ReturnType<typeof collectPersonalData>>>;
