// Demo visa letters for the Dakar event: settings with a template in fr/en/es/pt,
// issued letters for about half of the approved requests (set by
// build-registrations), a few of them revoked, the rest pending.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Prisma } from '@/generated/prisma/client';
import type { Rng } from './random';

const LANGS = ['fr', 'en', 'es', 'pt'] as const;
type Lang = (typeof LANGS)[number];
const REVOKE_REASONS = ['Passeport déclaré perdu par la titulaire.', 'Participation annulée par l’organisation d’envoi.', 'Erreur de nationalité signalée par l’ambassade.'];

function defaultTemplate(lang: Lang): string {
  const file = path.join(process.cwd(), 'messages', lang, 'visaLetters.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { defaultTemplate: string }).defaultTemplate;
}

export function buildVisaLetters(input: {
  rng: Rng;
  eventId: string;
  code: string;
  secretariatId: string;
  registrations: Prisma.RegistrationCreateManyInput[];
  locales: Map<string, string>;
}) {
  const { rng, eventId, code, secretariatId } = input;
  const issued = input.registrations.filter((r) => r.visaLetterIssuedAt && r.nationality).sort((a, b) => a.referenceSeq - b.referenceSeq);
  const letters: Prisma.VisaLetterCreateManyInput[] = [];
  const audit: Prisma.AuditLogCreateManyInput[] = [];
  const revokeEvery = Math.max(4, Math.floor(issued.length / 4));
  issued.forEach((r, i) => {
    const seq = i + 1;
    const issuedAt = new Date(r.visaLetterIssuedAt as Date);
    const lang = (LANGS as readonly string[]).includes(input.locales.get(r.userId) ?? '') ? (input.locales.get(r.userId) as Lang) : 'fr';
    const revoked = i % revokeEvery === revokeEvery - 1;
    const id = rng.id();
    const number = `${code}-VL-${String(seq).padStart(5, '0')}`;
    letters.push({
      id, eventId, registrationId: r.id!, seq, number, code: randomBytes(16).toString('base64url'),
      status: revoked ? 'REVOKED' : 'ISSUED', holderName: `${r.firstName} ${r.lastName}`, nationality: r.nationality!, locale: lang,
      issuedAt, issuedById: secretariatId,
      ...(revoked ? { revokedAt: new Date(issuedAt.getTime() + 86_400_000), revokedById: secretariatId, revokeReason: REVOKE_REASONS[i % REVOKE_REASONS.length] } : {}),
    });
    audit.push({ id: rng.id(), createdAt: issuedAt, actorId: secretariatId, eventId, action: 'visa.letter.issue', entityType: 'VisaLetter', entityId: id, data: { number, registrationId: r.id!, locale: lang } });
    if (revoked) {
      r.visaLetterIssuedAt = null; // a deliberate revocation: not issued again by "issue all"
      audit.push({ id: rng.id(), createdAt: new Date(issuedAt.getTime() + 86_400_000), actorId: secretariatId, eventId, action: 'visa.letter.revoke', entityType: 'VisaLetter', entityId: id, data: { number, reason: REVOKE_REASONS[i % REVOKE_REASONS.length] } });
    }
  });
  const settings: Prisma.VisaLetterSettingsCreateManyInput = {
    eventId,
    templates: Object.fromEntries(LANGS.map((l) => [l, defaultTemplate(l)])),
    signatoryName: 'Fatou Diop Sarr',
    signatoryTitle: 'Présidente du comité d’organisation — Forum 2005',
    retentionDays: 30,
    letterCounter: letters.length,
  };
  return { settings, letters, audit };
}
