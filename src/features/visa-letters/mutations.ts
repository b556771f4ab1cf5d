import 'server-only';
import { fullName } from '@/lib/names';
import { hitRateLimit } from '@/features/rate-limit/mutations';
import { rule } from '@/features/rate-limit/policy';
import { createId } from './ids';
import { db } from '@/lib/db';
import type { Tx } from '@/lib/db-types';
import { AppError } from '@/lib/errors';
import { appUrl } from '@/lib/env';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import type { Prisma } from '@/generated/prisma/client';
import type { RegistrationStatus } from '@/generated/prisma/enums';
import { writeAudit } from '@/features/audit/mutations';
import { queueEmail } from '@/features/email/mutations';
import { myRegistrationUrl } from '@/features/registrations/seats';
import { BIRTH_FIELD, PASSPORT_FIELD } from '@/features/registrations/sensitive';
import { keyRing, reencryptField } from '@/lib/field-crypto';
import { queueBaseWhere, requestedWhere } from './data';
import { checkImage, type ImageProblem } from './images';
import { canReceiveLetter, formatLetterNumber, newVerificationCode } from './policy';
import type { ImageKind } from './schema';

const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 } as const;

/** The short URL printed on a letter and encoded in its QR code. */
export function verificationUrl(code: string): string {
  return `${appUrl()}/verify/${code}`;
}

/** The letter's language: the holder's if the event offers it, else the event's first language. */
export function letterLocale(userLocale: string, languages: readonly AppLocale[]): AppLocale {
  return (languages as readonly string[]).includes(userLocale) ? (userLocale as AppLocale) : (languages[0] ?? 'fr');
}

/** Creates the settings row if missing (concurrency-safe). */
async function ensureSettings(tx: Tx, eventId: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO "VisaLetterSettings" ("eventId", "updatedAt") VALUES (${eventId}, now()) ON CONFLICT ("eventId") DO NOTHING`;
}

// ---- Settings --------------------------------------------------------------

export async function saveLetterSettings(actorId: string, input: { eventId: string; templates: Partial<Record<AppLocale, string>>; signatoryName: string; signatoryTitle: string; retentionDays: number }) {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: input.eventId }, select: { id: true, status: true } });
    if (!event) throw new AppError('NOT_FOUND');
    if (event.status === 'ARCHIVED') throw new AppError('EVENT_ARCHIVED');
    const data = { templates: input.templates as Prisma.InputJsonObject, signatoryName: input.signatoryName, signatoryTitle: input.signatoryTitle, retentionDays: input.retentionDays };
    await tx.visaLetterSettings.upsert({ where: { eventId: event.id }, create: { eventId: event.id, ...data }, update: data });
    await writeAudit(tx, { actorId, action: 'visa.settings.update', entityType: 'Event', entityId: event.id, eventId: event.id, data: { languages: Object.keys(input.templates), signatoryName: input.signatoryName, retentionDays: input.retentionDays } });
    return { saved: true };
  });
}

/** Stores (or removes, without bytes) the signature or logo. The type comes from the bytes. */
export async function saveLetterImage(actorId: string, eventId: string, kind: ImageKind, bytes: Uint8Array | null): Promise<{ ok: true } | { ok: false; problem: ImageProblem }> {
  let type: string | null = null;
  if (bytes) {
    const checked = checkImage(bytes);
    if (!checked.ok) return checked;
    type = checked.type;
  }
  await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, status: true } });
    if (!event) throw new AppError('NOT_FOUND');
    if (event.status === 'ARCHIVED') throw new AppError('EVENT_ARCHIVED');
    await ensureSettings(tx, eventId);
    const data = kind === 'signature' ? { signature: bytes ? Buffer.from(bytes) : null, signatureType: type } : { logo: bytes ? Buffer.from(bytes) : null, logoType: type };
    await tx.visaLetterSettings.update({ where: { eventId }, data });
    await writeAudit(tx, { actorId, action: bytes ? 'visa.image.upload' : 'visa.image.remove', entityType: 'Event', entityId: eventId, eventId, data: { kind, ...(bytes ? { type, bytes: bytes.length } : {}) } });
  });
  return { ok: true };
}

/** For "start from an earlier rencontre": copies template, signatory, images and retention (never letters or counters). */
export async function copyLetterSettings(tx: Tx, fromEventId: string, toEventId: string): Promise<boolean> {
  const from = await tx.visaLetterSettings.findUnique({ where: { eventId: fromEventId } });
  if (!from) return false;
  const data = {
    templates: from.templates as Prisma.InputJsonValue, signatoryName: from.signatoryName, signatoryTitle: from.signatoryTitle,
    signature: from.signature, signatureType: from.signatureType, logo: from.logo, logoType: from.logoType, retentionDays: from.retentionDays,
  };
  await tx.visaLetterSettings.upsert({ where: { eventId: toEventId }, create: { eventId: toEventId, ...data }, update: data });
  return true;
}

// ---- Issuing ---------------------------------------------------------------

export type IssueTarget = { registrationIds: string[] } | { filter: { nationality?: string; country?: string; delegationId?: string; status?: RegistrationStatus } };

/**
 * Issues letters, set-based, in one transaction:
 * 1. one UPDATE claims the registrations still waiting (visaLetterIssuedAt IS
 *    NULL → now): two secretariat members issuing at once never make two
 *    letters for one person (the second UPDATE finds the rows taken);
 * 2. one UPDATE reserves a block of numbers from the event's counter;
 * 3. one INSERT writes the letters; then audit entries and e-mails.
 * Explicit ids may include a holder whose letter was revoked on purpose (the
 * secretariat chose them); a filter never does.
 */
export async function issueLetters(actorId: string, eventId: string, target: IssueTarget, now: Date = new Date()): Promise<{ issued: string[] }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await issueLettersOnce(actorId, eventId, target, now);
    } catch (error) {
      // PostgreSQL may pick one of two overlapping bulk issues as a deadlock victim: it wrote nothing, try again.
      if (attempt >= 3 || !isDeadlock(error)) throw error;
    }
  }
}

function isDeadlock(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === 'P2034' || /deadlock|40P01|could not serialize/i.test(String(e?.message ?? ''));
}

async function issueLettersOnce(actorId: string, eventId: string, target: IssueTarget, now: Date): Promise<{ issued: string[] }> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, code: true, slug: true, title: true, languages: true, status: true } });
    if (!event) throw new AppError('NOT_FOUND');
    if (event.status === 'ARCHIVED') throw new AppError('EVENT_ARCHIVED');
    const scope: Prisma.RegistrationWhereInput =
      'registrationIds' in target
        ? { eventId, id: { in: target.registrationIds }, visaLetterRequested: true, visaLetterIssuedAt: null }
        : { AND: [queueBaseWhere(eventId, target.filter), requestedWhere] };
    const candidates = await tx.registration.findMany({ where: { AND: [scope, { nationality: { not: null } }] }, select: { id: true, status: true } });
    const ids = candidates.filter((c) => canReceiveLetter(c.status)).map((c) => c.id);
    if (ids.length === 0) return { issued: [] };
    const claimed = await tx.registration.updateManyAndReturn({
      where: { id: { in: ids }, visaLetterIssuedAt: null },
      data: { visaLetterIssuedAt: now },
      select: { id: true, userId: true, firstName: true, lastName: true, nameOrder: true, email: true, nationality: true, referenceSeq: true, user: { select: { locale: true } } },
    });
    if (claimed.length === 0) return { issued: [] };
    claimed.sort((a, b) => a.referenceSeq - b.referenceSeq);
    await ensureSettings(tx, eventId);
    const [counter] = await tx.$queryRaw<{ letterCounter: number }[]>`
      UPDATE "VisaLetterSettings" SET "letterCounter" = "letterCounter" + ${claimed.length}, "updatedAt" = now() WHERE "eventId" = ${eventId} RETURNING "letterCounter"`;
    const first = Number(counter.letterCounter) - claimed.length + 1;
    const letters = claimed.map((r, i) => ({
      id: createId(),
      eventId,
      registrationId: r.id,
      seq: first + i,
      number: formatLetterNumber(event.code, first + i),
      code: newVerificationCode(),
      // As the delegate writes their name (family name first or last), like badges and the confirmation.
      holderName: fullName(r.firstName, r.lastName, r.nameOrder),
      nationality: r.nationality!,
      locale: letterLocale(r.user.locale, event.languages),
      issuedAt: now,
      issuedById: actorId,
    }));
    await tx.visaLetter.createMany({ data: letters });
    await tx.auditLog.createMany({
      data: letters.map((l) => ({ actorId, eventId, action: 'visa.letter.issue', entityType: 'VisaLetter', entityId: l.id, data: { number: l.number, registrationId: l.registrationId, locale: l.locale } })),
    });
    for (const [i, r] of claimed.entries()) {
      const l = letters[i];
      await queueEmail(tx, {
        to: r.email,
        userId: r.userId,
        locale: l.locale,
        template: 'visaLetter.issued',
        params: { name: r.firstName, event: localized(event.title, l.locale, event.languages), number: l.number, url: myRegistrationUrl(l.locale, event.slug) },
        dedupeKey: `visa.letter.issue:${l.id}`,
      });
    }
    return { issued: letters.map((l) => l.number) };
  }, TX_OPTIONS);
}

/** The secretariat revokes a valid letter with a reason; verification then says "revoked". */
export async function revokeLetter(actorId: string, letterId: string, reason: string, now: Date = new Date()): Promise<{ number: string }> {
  return db.$transaction(async (tx) => {
    const letter = await tx.visaLetter.findUnique({ where: { id: letterId }, select: { id: true, number: true, eventId: true, registrationId: true, status: true } });
    if (!letter) throw new AppError('NOT_FOUND');
    const done = await tx.visaLetter.updateMany({ where: { id: letter.id, status: 'ISSUED' }, data: { status: 'REVOKED', revokedAt: now, revokedById: actorId, revokeReason: reason } });
    if (done.count === 0) throw new AppError('CONFLICT');
    await tx.registration.update({ where: { id: letter.registrationId }, data: { visaLetterIssuedAt: null } });
    await writeAudit(tx, { actorId, action: 'visa.letter.revoke', entityType: 'VisaLetter', entityId: letter.id, eventId: letter.eventId, data: { number: letter.number, reason } });
    return { number: letter.number };
  });
}

// ---- Verification rate limit ----------------------------------------------

/** The platform's database-backed limiter (every instance shares it): `lookupPerIp` per client. */
export async function hitVerifyRateLimit(clientKey: string): Promise<boolean> {
  const outcome = await hitRateLimit({ ...rule('lookupPerIp', clientKey.slice(0, 200)), key: clientKey.slice(0, 200).toLowerCase() });
  return !outcome.ok;
}

// ---- Retention -------------------------------------------------------------

/**
 * Erases passport number and expiry and date of birth of every event whose
 * retention period is over (event end + retentionDays, default 30). Letters
 * keep their number, holder, nationality and status, so verification still
 * works. Idempotent and safe on several instances at once: each UPDATE only
 * touches rows that still hold data; running it again changes nothing.
 */
export async function eraseExpiredVisaData(now: Date = new Date()): Promise<{ eventId: string; erased: number }[]> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "Event" e LEFT JOIN "VisaLetterSettings" s ON s."eventId" = e.id
    WHERE e."endDate" + make_interval(days => COALESCE(s."retentionDays", 30) + 1) <= ${now}`;
  // Old verification-limit rows go too (the limiter only clears its own key).
  await db.authAttempt.deleteMany({ where: { key: { startsWith: 'verify:' }, createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  const out: { eventId: string; erased: number }[] = [];
  for (const { id } of due) {
    const erased = await db.$transaction(async (tx) => {
      // Unfinished forms can hold visa data too (sealed): they are of no use once the event is over.
      await tx.registrationDraft.deleteMany({ where: { eventId: id } });
      const n = await tx.$executeRaw`
        UPDATE "Registration" SET "passportNumberEnc" = NULL, "dateOfBirthEnc" = NULL, "passportExpiry" = NULL
        WHERE "eventId" = ${id} AND ("passportNumberEnc" IS NOT NULL OR "dateOfBirthEnc" IS NOT NULL OR "passportExpiry" IS NOT NULL)`;
      if (n === 0) return 0;
      await ensureSettings(tx, id);
      await tx.visaLetterSettings.update({ where: { eventId: id }, data: { visaDataErasedAt: now } });
      await writeAudit(tx, { actorId: null, action: 'visa.data.erase', entityType: 'Event', entityId: id, eventId: id, data: { registrations: n } });
      return n;
    });
    out.push({ eventId: id, erased });
  }
  return out;
}

// ---- Key rotation ----------------------------------------------------------

/**
 * Re-encrypts every passport number and date of birth not yet under the
 * current key (DATA_ENCRYPTION_KEY; old keys in DATA_ENCRYPTION_KEYS), in
 * batches walked by id. Each row is written only if its ciphertext is still
 * the one read (a concurrent edit wins), so it can run while the app serves.
 */
export async function rotateDataKeys({ batchSize = 500, eventId }: { batchSize?: number; /** only this event (tests) */ eventId?: string } = {}): Promise<{ scanned: number; rotated: number }> {
  const ring = keyRing();
  let last = '';
  let scanned = 0;
  let rotated = 0;
  for (;;) {
    const rows = await db.registration.findMany({
      where: { id: { gt: last }, ...(eventId ? { eventId } : {}), OR: [{ passportNumberEnc: { not: null } }, { dateOfBirthEnc: { not: null } }] },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, passportNumberEnc: true, dateOfBirthEnc: true },
    });
    if (rows.length === 0) break;
    last = rows[rows.length - 1].id;
    scanned += rows.length;
    for (const r of rows) {
      const passport = r.passportNumberEnc ? reencryptField(r.passportNumberEnc, PASSPORT_FIELD, ring) : null;
      const birth = r.dateOfBirthEnc ? reencryptField(r.dateOfBirthEnc, BIRTH_FIELD, ring) : null;
      if (!passport && !birth) continue;
      const done = await db.registration.updateMany({
        where: { id: r.id, passportNumberEnc: r.passportNumberEnc, dateOfBirthEnc: r.dateOfBirthEnc },
        data: { ...(passport ? { passportNumberEnc: passport } : {}), ...(birth ? { dateOfBirthEnc: birth } : {}) },
      });
      rotated += done.count;
    }
  }
  return { scanned, rotated };
}
