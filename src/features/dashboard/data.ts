import 'server-only';
import { db } from '@/lib/db';

// The per-event dashboard: every figure comes from one of four grouped
// queries, whatever the number of registrations (the bench counts them).
// "Active" = holding or waiting for a seat: SUBMITTED, APPROVED, WAITLISTED.

export type Count = { key: string; count: number };

type NeedRow = { kind: string; key: string; count: number };
type SummaryRow = { total: number; active: number; approved: number; checkedIn: number; visaPending: number; visaIssued: number; bursaryPending: number };
type BreakdownRow = SummaryRow & { dim: string; key: string | null };
type SessionRow = { id: string; title: unknown; kind: string; startsAt: Date; capacity: number | null; enrolled: number; waitlisted: number };

export const DASHBOARD_QUERIES = 4;

export async function loadDashboard(eventId: string, timeZone: string) {
  const [breakdown, needs, delegations, sessions] = await Promise.all([
    // One pass over the event's registrations for the per-day curve, the five breakdowns and
    // the summary (the empty grouping set): at 50,000 rows each scan costs ~100 ms on PGlite.
    db.$queryRaw<BreakdownRow[]>`
      SELECT CASE WHEN GROUPING(status) = 0 THEN 'status' WHEN GROUPING(continent) = 0 THEN 'continent'
                  WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING("organizationKind") = 0 THEN 'organizationKind'
                  WHEN GROUPING("participantType") = 0 THEN 'participantType' WHEN GROUPING(day) = 0 THEN 'day'
                  ELSE 'summary' END AS dim,
             coalesce(status::text, continent::text, country, "organizationKind"::text, "participantType"::text, day) AS key,
             count(*)::int AS total,
             count(*) FILTER (WHERE active)::int AS active,
             count(*) FILTER (WHERE status = 'APPROVED')::int AS approved,
             count(*) FILTER (WHERE "checkedInAt" IS NOT NULL)::int AS "checkedIn",
             count(*) FILTER (WHERE "visaLetterRequested" AND "visaLetterIssuedAt" IS NULL AND status IN ('SUBMITTED', 'APPROVED'))::int AS "visaPending",
             count(*) FILTER (WHERE "visaLetterIssuedAt" IS NOT NULL)::int AS "visaIssued",
             count(*) FILTER (WHERE "bursaryStatus" = 'PENDING' AND active)::int AS "bursaryPending"
      FROM (SELECT status, continent, country, "organizationKind", "participantType", "checkedInAt", "visaLetterRequested", "visaLetterIssuedAt", "bursaryStatus",
                   status IN ('SUBMITTED', 'APPROVED', 'WAITLISTED') AS active,
                   to_char(("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day
            FROM "Registration" WHERE "eventId" = ${eventId}) r
      GROUP BY GROUPING SETS ((status), (continent), (country), ("organizationKind"), ("participantType"), (day), ())`,
    db.$queryRaw<NeedRow[]>`
      WITH r AS (SELECT "interpretationNeeds", dietary, accessibility FROM "Registration"
                 WHERE "eventId" = ${eventId} AND status IN ('SUBMITTED', 'APPROVED', 'WAITLISTED'))
      SELECT 'interpretation' AS kind, x AS key, count(*)::int AS count FROM r, unnest("interpretationNeeds") AS x GROUP BY x
      UNION ALL SELECT 'dietary', x, count(*)::int FROM r, unnest(dietary) AS x GROUP BY x
      UNION ALL SELECT 'accessibility', x, count(*)::int FROM r, unnest(accessibility) AS x GROUP BY x`,
    db.delegation.findMany({ where: { eventId, status: { not: 'CLOSED' } }, orderBy: [{ memberCount: 'desc' }, { name: 'asc' }], select: { id: true, name: true, quota: true, memberCount: true } }),
    db.$queryRaw<SessionRow[]>`
      SELECT s.id, s.title, s.kind::text AS kind, s."startsAt", coalesce(s.capacity, r.capacity) AS capacity,
             s."enrolledCount" AS enrolled, coalesce(w.n, 0)::int AS waitlisted
      FROM "Session" s
      LEFT JOIN "Room" r ON r.id = s."roomId"
      LEFT JOIN (SELECT e."sessionId", count(*)::int AS n FROM "SessionEnrollment" e JOIN "Session" es ON es.id = e."sessionId"
                 WHERE es."eventId" = ${eventId} AND e.status = 'WAITLISTED' GROUP BY e."sessionId") w ON w."sessionId" = s.id
      WHERE s."eventId" = ${eventId}
      ORDER BY s."startsAt", s.id`,
  ]);

  const by = (dim: string, field: 'total' | 'active'): Count[] =>
    breakdown
      .filter((r) => r.dim === dim && r.key !== null)
      .map((r) => ({ key: r.key!, count: r[field] }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const need = (kind: string): Count[] => needs.filter((n) => n.kind === kind).map((n) => ({ key: n.key, count: n.count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

  const row = breakdown.find((r) => r.dim === 'summary');
  const summary: SummaryRow = row
    ? { total: row.total, active: row.active, approved: row.approved, checkedIn: row.checkedIn, visaPending: row.visaPending, visaIssued: row.visaIssued, bursaryPending: row.bursaryPending }
    : { total: 0, active: 0, approved: 0, checkedIn: 0, visaPending: 0, visaIssued: 0, bursaryPending: 0 };
  const days = breakdown
    .filter((r) => r.dim === 'day' && r.key !== null)
    .map((r) => ({ day: r.key!, count: r.total }))
    .sort((a, b) => a.day.localeCompare(b.day));

  return {
    days,
    summary,
    status: by('status', 'total'),
    continent: by('continent', 'active'),
    country: by('country', 'active'),
    organizationKind: by('organizationKind', 'active'),
    participantType: by('participantType', 'active'),
    interpretation: need('interpretation'),
    dietary: need('dietary'),
    accessibility: need('accessibility'),
    delegations,
    sessions: sessions.map((s) => ({ ...s, capacity: s.capacity === null ? null : Number(s.capacity), enrolled: Number(s.enrolled) })),
  };
}
export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;

/** Checked-in delegates per event, for the staff overview (one grouped query). */
export async function checkedInByEvent(): Promise<Map<string, number>> {
  const rows = await db.registration.groupBy({ by: ['eventId'], where: { checkedInAt: { not: null } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.eventId, r._count._all]));
}
