// A little staff activity so the audit log and the e-mail outbox are not empty.
import type { Prisma } from '@/generated/prisma/client';
import type { Rng } from './random';

type Reg = Prisma.RegistrationCreateManyInput;
type Deleg = Prisma.DelegationCreateManyInput;

const SUBJECTS: Record<string, Record<'fr' | 'en' | 'es' | 'pt', string>> = {
  'registration.submitted': { fr: 'Inscription reçue — {ref}', en: 'Registration received — {ref}', es: 'Inscripción recibida — {ref}', pt: 'Inscrição recebida — {ref}' },
  'registration.approved': { fr: 'Inscription confirmée — {ref}', en: 'Registration confirmed — {ref}', es: 'Inscripción confirmada — {ref}', pt: 'Inscrição confirmada — {ref}' },
};

export function buildActivity(input: {
  rng: Rng;
  now: Date;
  eventId: string;
  secretariatId: string;
  organizerId: string;
  registrations: Reg[];
  delegations: Deleg[];
  locales: Map<string, 'fr' | 'en' | 'es' | 'pt'>;
}) {
  const { rng, now, eventId, secretariatId, organizerId, registrations, delegations } = input;
  const t = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000 - rng.int(0, 3_600_000));
  const audit: Prisma.AuditLogCreateManyInput[] = [
    { id: rng.id(), createdAt: t(32), actorId: secretariatId, eventId, action: 'event.create', entityType: 'Event', entityId: eventId, data: { status: 'DRAFT' } },
    { id: rng.id(), createdAt: t(31), actorId: secretariatId, action: 'user.role.change', entityType: 'User', entityId: organizerId, data: { from: 'DELEGATE', to: 'ORGANIZER' } },
    { id: rng.id(), createdAt: t(30), actorId: secretariatId, eventId, action: 'event.open', entityType: 'Event', entityId: eventId, data: { from: 'DRAFT', to: 'OPEN' } },
  ];
  for (const d of delegations.filter((x) => x.status !== 'REQUESTED').slice(0, 4)) {
    audit.push({ id: rng.id(), createdAt: t(rng.int(20, 29)), actorId: secretariatId, eventId, action: 'delegation.approve', entityType: 'Delegation', entityId: d.id!, data: { quota: d.quota } });
    if (d.headId) audit.push({ id: rng.id(), createdAt: t(rng.int(15, 19)), actorId: secretariatId, eventId, action: 'delegation.head.appoint', entityType: 'Delegation', entityId: d.id!, data: { headId: d.headId } });
  }
  const decided = registrations.filter((r) => r.decidedAt && (r.status === 'APPROVED' || r.status === 'REJECTED')).slice(-8);
  for (const r of decided) {
    audit.push({ id: rng.id(), createdAt: r.decidedAt as Date, actorId: secretariatId, eventId, action: r.status === 'APPROVED' ? 'registration.approve' : 'registration.reject', entityType: 'Registration', entityId: r.id!, data: { from: 'SUBMITTED', to: r.status, ...(r.decisionReason ? { reason: r.decisionReason } : {}) } });
  }
  // Visa letter entries come with the letters (seed-data/visa-letters.ts).
  audit.push({ id: rng.id(), createdAt: t(2), actorId: organizerId, eventId, action: 'session.update', entityType: 'Event', entityId: eventId, data: { field: 'capacity', note: 'Atelier pratique limité à 40 places' } });

  const emails: Prisma.EmailOutboxCreateManyInput[] = [];
  const mail = (r: Reg, template: string, status: 'SENT' | 'QUEUED' | 'FAILED', at: Date) => {
    const locale = input.locales.get(r.userId) ?? 'fr';
    const subject = SUBJECTS[template][locale].replace('{ref}', r.referenceNumber);
    emails.push({
      id: rng.id(), createdAt: at, userId: r.userId, to: r.email, locale, template, subject,
      text: `${r.firstName} ${r.lastName}\n\n${subject}\n`,
      dedupeKey: `seed:${template}:${r.id}`, status,
      attempts: status === 'QUEUED' ? 0 : status === 'FAILED' ? 3 : 1,
      sentAt: status === 'SENT' ? new Date(at.getTime() + 4000) : null,
      lastError: status === 'FAILED' ? 'connect ECONNREFUSED 127.0.0.1:1025' : null,
    });
  };
  for (const r of registrations.slice(-10)) mail(r, 'registration.submitted', 'SENT', r.createdAt as Date);
  for (const r of decided.filter((x) => x.status === 'APPROVED').slice(0, 3)) mail(r, 'registration.approved', 'QUEUED', r.decidedAt as Date);
  const failed = registrations.at(-11);
  if (failed) mail(failed, 'registration.submitted', 'FAILED', failed.createdAt as Date);
  return { audit, emails };
}
