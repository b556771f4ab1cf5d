// npm run loadtest: the raw baseline — the registration bursts' statements sent straight to
// the database, without the app (tools/loadtest.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { burst, type Stats } from './loadtest-stats';

export type Baseline = { n: number; eventId: string; code: string; feeId: string; users: { id: string; email: string }[] };

// The statements of submitRegistration's common path (src/features/registrations/submit/mutations.ts,
// submitInOneStatement), verbatim: three reads, then one statement in autocommit.
const SUBMIT_SQL = `
  WITH prev AS (
    SELECT id, "seatsTaken", capacity, "referenceCounter" FROM "Event" WHERE id = $1 FOR NO KEY UPDATE
  ), c AS (
    UPDATE "Event" e SET "referenceCounter" = prev."referenceCounter" + 1,
      "seatsTaken" = prev."seatsTaken" + CASE WHEN prev.capacity IS NULL OR prev."seatsTaken" < prev.capacity THEN 1 ELSE 0 END
    FROM prev WHERE e.id = prev.id
    RETURNING e."referenceCounter" AS seq,
      e.code || '-' || lpad(e."referenceCounter"::text, GREATEST(5, length(e."referenceCounter"::text)), '0') AS ref,
      (prev.capacity IS NULL OR prev."seatsTaken" < prev.capacity) AS seat
  ), fee AS (
    SELECT GREATEST(0, COALESCE((SELECT "amountMinor" FROM "FeeCategory" WHERE id = $2 AND "eventId" = $1), 0)) AS due
  ), g AS (
    INSERT INTO "Registration" (id, "eventId", "userId", "participantType", "feeCategoryId", "firstName", "lastName", email, organization, "organizationKind",
        country, continent, languages, "interpretationNeeds", dietary, accessibility, "customAnswers", "consentVersion", "consentedAt", "submittedAt",
        "calendarToken", "createdAt", "updatedAt", "searchText", "referenceSeq", "referenceNumber", status, "decidedAt", "amountDueMinor", "amountPaidMinor", "paymentStatus")
    SELECT j.id, j."eventId", j."userId", j."participantType", j."feeCategoryId", j."firstName", j."lastName", j.email, j.organization, j."organizationKind",
        j.country, j.continent, j.languages, j."interpretationNeeds", j.dietary, j.accessibility, j."customAnswers", j."consentVersion", j."consentedAt", j."submittedAt",
        j."calendarToken", j."createdAt", j."updatedAt", replace(j."searchText", 'rencontrereftoken', lower(c.ref)), c.seq, c.ref,
      (CASE WHEN c.seat THEN 'SUBMITTED' ELSE 'WAITLISTED' END)::"RegistrationStatus", NULL,
      fee.due, 0, (CASE WHEN fee.due <= 0 THEN 'PAID' ELSE 'UNPAID' END)::"PaymentStatus"
    FROM jsonb_populate_record(NULL::"Registration", $3::jsonb) j, c, fee
    RETURNING id, "referenceNumber", status::text AS status
  ), k AS (
    INSERT INTO "ConsentRecord" (id, "userId", "eventId", "registrationId", "noticeVersion", context, "createdAt")
    SELECT $4, $5, $1, g.id, '2026-1', 'registration.submit', now() FROM g
  ), d AS (
    DELETE FROM "RegistrationDraft" WHERE "userId" = $5 AND "eventId" = $1 AND EXISTS (SELECT 1 FROM g)
  ), a AS (
    INSERT INTO "AuditLog" (id, "actorId", "eventId", action, "entityType", "entityId", data)
    SELECT $6, $5, $1, 'registration.submit', 'Registration', g.id, jsonb_build_object('status', g.status, 'referenceNumber', g."referenceNumber") FROM g
  ), m AS (
    INSERT INTO "EmailOutbox" (id, "to", "userId", locale, template, subject, text, html, "dedupeKey")
    SELECT $7, $8, $5, 'fr'::"Locale", CASE WHEN c.seat THEN 'registration.received' ELSE 'registration.waitlisted' END,
      replace('Inscription rencontrereftoken', 'rencontrereftoken', g."referenceNumber"), replace($9, 'rencontrereftoken', g."referenceNumber"),
      replace($9, 'rencontrereftoken', g."referenceNumber"), 'registration.submit:' || g.id FROM g, c
  )
  SELECT id, "referenceNumber", status FROM g`;

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;

async function rawSubmit(query: Query, b: Baseline, user: { id: string; email: string }) {
  // The app's reads, as it sends them: the session's user (features/auth/data.ts getActor), the
  // form's event (registrations/data.ts findEventForRegistration), the prior state (submit/mutations.ts).
  await query(`SELECT id, role::text, name, email, locale::text, "disabledAt", "sessionVersion" FROM "User" WHERE id = $1 LIMIT 1`, [user.id]);
  await query(
    `SELECT e.*, COALESCE((SELECT json_agg(json_build_object('id', f.id, 'code', f.code, 'label', f.label, 'description', f.description, 'amountMinor', f."amountMinor", 'currency', f.currency) ORDER BY f."sortOrder", f.id)
        FROM "FeeCategory" f WHERE f."eventId" = e.id AND f.active), '[]'::json) AS "feeCategories",
      COALESCE((SELECT json_agg(json_build_object('key', q.key, 'type', q.type, 'label', q.label, 'options', q.options, 'required', q.required, 'showIfKey', q."showIfKey", 'showIfValue', q."showIfValue") ORDER BY q."sortOrder", q.id)
        FROM "CustomQuestion" q WHERE q."eventId" = e.id), '[]'::json) AS questions
     FROM "Event" e WHERE e.id = $1`,
    [b.eventId],
  );
  await query(
    `SELECT r.id, r."referenceNumber", r.status::text AS status,
       (SELECT i."delegationId" FROM "DelegationInvite" i JOIN "Delegation" d ON d.id = i."delegationId" WHERE i."userId" = $2 AND i."acceptedAt" IS NOT NULL AND d."eventId" = $1 AND d.status = 'APPROVED' ORDER BY i."acceptedAt" DESC, i.id LIMIT 1) AS invite
     FROM (SELECT 1) AS one LEFT JOIN "Registration" r ON r."eventId" = $1 AND r."userId" = $2`,
    [b.eventId, user.id],
  );
  const now = new Date().toISOString();
  const record = {
    id: randomUUID(), eventId: b.eventId, userId: user.id, participantType: 'DELEGATE', feeCategoryId: b.feeId, firstName: 'Mame Diarra', lastName: 'Guèye', email: user.email,
    organization: 'Réseau', organizationKind: 'WOMENS_GROUP', country: 'SN', continent: 'AFRICA', languages: ['fr', 'wo'], interpretationNeeds: [], dietary: [], accessibility: [],
    customAnswers: { first_rencontre: 'yes' }, consentVersion: '2026-1', consentedAt: now, submittedAt: now, calendarToken: randomBytes(32).toString('base64url'), createdAt: now, updatedAt: now,
    searchText: `mame diarra gueye ${user.email} rencontrereftoken`,
  };
  const body = 'Bonjour, votre inscription rencontrereftoken est reçue.\n\nRencontre';
  await query(SUBMIT_SQL, [b.eventId, b.feeId, JSON.stringify(record), randomUUID(), user.id, randomUUID(), randomUUID(), user.email, body]);
}

/** The registration bursts without the app: the same statements, the same connection count (`pool`; PGlite's one connection). */
export async function rawBaseline(kind: 'pglite' | 'postgres', databaseUrl: string | undefined, pool: number, baselines: Baseline[]): Promise<Map<number, Stats>> {
  const out = new Map<number, Stats>();
  if (kind === 'postgres') {
    const pg = (await import('pg')).default;
    const clients = new pg.Pool({ connectionString: databaseUrl, max: pool });
    const query: Query = async (sql, params) => (await clients.query(sql, params)).rows;
    for (const b of baselines) out.set(b.n, await burst(b.users, (u) => rawSubmit(query, b, u).then(() => true)));
    await clients.end();
  } else {
    const { getPglite } = await import('../src/lib/db');
    const lite = getPglite()!;
    const query: Query = async (sql, params) => (await lite.query(sql, params)).rows;
    for (const b of baselines) out.set(b.n, await burst(b.users, (u) => rawSubmit(query, b, u).then(() => true)));
  }
  return out;
}
