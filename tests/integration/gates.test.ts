import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Gate } from '@/features/auth/clients';
import { createRoleUsers } from '@tests/factories';
import { actAs } from './helpers/session';
import { scanEntryPoints, type Found } from './helpers/gate-scan';

/**
 * Authorization by construction: every exported server action and route
 * handler is built from a client of src/features/auth/clients.ts and listed
 * here with the gate it must have. Adding an action or a route without a line
 * here (or without a client) fails this test.
 *
 * ONE LINE PER EXPORT, SORTED (other branches add lines; merges stay trivial).
 */
const MATRIX: Record<string, Gate> = {
  'app/api/account/data/pdf/route.ts#GET': 'user',
  'app/api/account/data/route.ts#GET': 'user',
  'app/api/allocation/[roundId]/runs/[runId]/route.ts#GET': 'staff',
  'app/api/badges/[slug]/route.ts#GET': 'staff',
  'app/api/calendar/[token]/route.ts#GET': 'public',
  'app/api/checkin/[slug]/count/route.ts#GET': 'staff',
  'app/api/delegations/[id]/members/route.ts#GET': 'user',
  'app/api/delegations/template/route.ts#GET': 'user',
  'app/api/events/[slug]/registrations/route.ts#POST': 'user',
  'app/api/exports/[slug]/attendees/route.ts#GET': 'staff',
  'app/api/exports/[slug]/bursaries/route.ts#GET': 'secretariat',
  'app/api/exports/[slug]/logistics/route.ts#GET': 'staff',
  'app/api/exports/[slug]/money/route.ts#GET': 'secretariat',
  'app/api/exports/[slug]/roster/route.ts#GET': 'staff',
  'app/api/exports/[slug]/sessions/[sessionId]/sign-in/route.ts#GET': 'staff',
  'app/api/health/route.ts#GET': 'public',
  'app/api/payments/[id]/receipt/route.ts#GET': 'user',
  'app/api/registrations/[id]/badge/route.ts#GET': 'user',
  'app/api/registrations/[id]/confirmation/route.ts#GET': 'user',
  'app/api/registrations/[id]/invoice/route.ts#GET': 'user',
  'app/api/sessions/[id]/enrolment/route.ts#POST': 'user',
  'app/api/sessions/[id]/ics/route.ts#GET': 'public',
  'app/api/visa-letters/[id]/route.ts#GET': 'user',
  'app/api/visa-letters/preview/[slug]/route.ts#GET': 'secretariat',
  'features/allocation/actions.ts#publishRunAction': 'staff',
  'features/allocation/actions.ts#runAllocationAction': 'staff',
  'features/allocation/actions.ts#saveRankingAction': 'user',
  'features/allocation/actions.ts#saveRoundAction': 'staff',
  'features/allocation/actions.ts#sendRemindersAction': 'staff',
  'features/announcements/actions.ts#previewMessageAction': 'staff',
  'features/announcements/actions.ts#sendMessageAction': 'staff',
  'features/announcements/actions.ts#setAnnouncementsOptOutAction': 'user',
  'features/auth/actions.ts#requestPasswordReset': 'public',
  'features/auth/actions.ts#resendVerification': 'public',
  'features/auth/actions.ts#resetPassword': 'public',
  'features/auth/actions.ts#signUp': 'public',
  'features/auth/actions.ts#verifyEmail': 'public',
  'features/bursaries/actions.ts#decideBursary': 'secretariat',
  'features/bursaries/actions.ts#setBursaryBudget': 'secretariat',
  'features/checkin/actions.ts#checkInAction': 'staff',
  'features/delegations/actions.ts#acceptInvite': 'user',
  'features/delegations/actions.ts#acceptInviteWithNewAccount': 'public',
  'features/delegations/actions.ts#commitImport': 'user',
  'features/delegations/actions.ts#createDelegation': 'secretariat',
  'features/delegations/actions.ts#inviteMember': 'user',
  'features/delegations/actions.ts#joinAcceptedDelegation': 'user',
  'features/delegations/actions.ts#joinDelegation': 'user',
  'features/delegations/actions.ts#leaveDelegation': 'user',
  'features/delegations/actions.ts#previewImport': 'user',
  'features/delegations/actions.ts#removeMember': 'user',
  'features/delegations/actions.ts#requestDelegation': 'user',
  'features/delegations/actions.ts#resendInvite': 'user',
  'features/delegations/actions.ts#setDelegationHead': 'secretariat',
  'features/delegations/actions.ts#setDelegationQuota': 'secretariat',
  'features/delegations/actions.ts#setDelegationStatus': 'secretariat',
  'features/delegations/actions.ts#withdrawInvite': 'user',
  'features/email/actions.ts#retryOutboxMessage': 'staff',
  'features/enrolment/actions.ts#cancelEnrolmentAction': 'user',
  'features/event-settings/actions.ts#deleteQuestion': 'secretariat',
  'features/event-settings/actions.ts#saveFeeCategory': 'secretariat',
  'features/event-settings/actions.ts#saveQuestion': 'secretariat',
  'features/event-settings/actions.ts#updateRegistrationSettings': 'secretariat',
  'features/events/actions.ts#createEvent': 'secretariat',
  'features/events/actions.ts#setEventStatus': 'secretariat',
  'features/events/actions.ts#updateEvent': 'secretariat',
  'features/money/actions.ts#recordPaymentAction': 'staff',
  'features/money/actions.ts#reversePaymentAction': 'secretariat',
  'features/money/actions.ts#saveMoneySettingsAction': 'secretariat',
  'features/money/actions.ts#updateBillingAction': 'user',
  'features/money/actions.ts#waiveFeeAction': 'secretariat',
  'features/personal-data/actions.ts#deleteMyAccount': 'user',
  'features/personal-data/actions.ts#deleteUserAccount': 'secretariat',
  'features/programme/actions.ts#deleteRoomAction': 'staff',
  'features/programme/actions.ts#deleteSessionAction': 'staff',
  'features/programme/actions.ts#deleteTrackAction': 'staff',
  'features/programme/actions.ts#saveRoomAction': 'staff',
  'features/programme/actions.ts#saveSessionAction': 'staff',
  'features/programme/actions.ts#saveTrackAction': 'staff',
  'features/registrations/actions.ts#cancelRegistration': 'user',
  'features/registrations/actions.ts#decideRegistrations': 'secretariat',
  'features/registrations/actions.ts#saveRegistrationDraft': 'user',
  'features/registrations/actions.ts#updateRegistration': 'user',
  'features/users/actions.ts#changeUserRole': 'secretariat',
  'features/users/actions.ts#setUserDisabled': 'secretariat',
  'features/visa-letters/actions.ts#issueVisaLetters': 'secretariat',
  'features/visa-letters/actions.ts#revokeVisaLetter': 'secretariat',
  'features/visa-letters/actions.ts#updateLetterSettings': 'secretariat',
  'features/visa-letters/actions.ts#uploadLetterImage': 'secretariat',
};

/** Entry points deliberately not built from a client, with the reason. */
const EXEMPT: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts#GET': "NextAuth's catch-all is the sign-in gate itself (rate-limited in features/auth/sign-in.ts)",
  'app/api/auth/[...nextauth]/route.ts#POST': "NextAuth's catch-all is the sign-in gate itself (rate-limited in features/auth/sign-in.ts)",
};

const here = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.resolve(here, '../../src');
const FIXTURES = path.resolve(here, 'fixtures/bare');

type Caller = 'anonymous' | 'delegate' | 'organizer';
/** What each caller must get from an entry point with that gate (null: allowed past the gate). */
const EXPECTED: Record<Exclude<Gate, 'public'>, Record<Caller, string | null>> = {
  user: { anonymous: 'UNAUTHENTICATED', delegate: null, organizer: null },
  staff: { anonymous: 'UNAUTHENTICATED', delegate: 'NOT_FOUND', organizer: null },
  secretariat: { anonymous: 'UNAUTHENTICATED', delegate: 'NOT_FOUND', organizer: 'NOT_FOUND' },
};
const HTTP: Record<string, number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404 };

function problems(found: Found[]): string[] {
  const out: string[] = [];
  for (const f of found) {
    if (EXEMPT[f.key]) continue;
    if (!f.gate) out.push(`${f.key}: not built from a client of features/auth/clients.ts`);
    else if (!MATRIX[f.key]) out.push(`${f.key}: missing from the role matrix in tests/integration/gates.test.ts (gate: ${f.gate})`);
    else if (MATRIX[f.key] !== f.gate) out.push(`${f.key}: gate is ${f.gate}, the matrix says ${MATRIX[f.key]}`);
  }
  return out;
}

let found: Found[] = [];
let inline: string[] = [];
let users: Awaited<ReturnType<typeof createRoleUsers>>;

beforeAll(async () => {
  ({ found, inline } = await scanEntryPoints(SRC));
  users = await createRoleUsers();
});

describe('authorization by construction', () => {
  it('finds the app’s entry points (the scanner is not blind)', () => {
    expect(found.filter((f) => f.kind === 'action').length).toBeGreaterThan(30);
    expect(found.filter((f) => f.kind === 'route').length).toBeGreaterThan(10);
  });

  it('every exported server action and route handler is built from a client and listed in the matrix', () => {
    expect(problems(found)).toEqual([]);
    expect(inline).toEqual([]);
  });

  it('the matrix lists nothing that no longer exists, one sorted line per export', () => {
    const keys = new Set(found.map((f) => f.key));
    expect(Object.keys(MATRIX).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(EXEMPT).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(MATRIX)).toEqual([...Object.keys(MATRIX)].sort((a, b) => a.localeCompare(b)));
  });

  it('flags a bare server action and a bare route handler (fixture modules)', async () => {
    const fixture = await scanEntryPoints(FIXTURES);
    expect(problems(fixture.found)).toEqual([
      'actions.ts#deleteEverything: not built from a client of features/auth/clients.ts',
      'actions.ts#gatedOne: missing from the role matrix in tests/integration/gates.test.ts (gate: staff)',
      'app/api/leak/route.ts#GET: not built from a client of features/auth/clients.ts',
    ]);
  });

  it('refuses each gated entry point to the wrong caller before reading its input, with nothing written', async () => {
    const gated = found.filter((f) => f.gate && f.gate !== 'public');
    const callers: Record<Caller, { id: string } | null> = { anonymous: null, delegate: users.delegate, organizer: users.organizer };
    const failures: string[] = [];
    for (const f of gated) {
      for (const caller of Object.keys(callers) as Caller[]) {
        const want = EXPECTED[f.gate as Exclude<Gate, 'public'>][caller];
        if (want === null) continue;
        const [audits, mails] = await Promise.all([db.auditLog.count(), db.emailOutbox.count()]);
        actAs(callers[caller]);
        let got: string;
        if (f.kind === 'action') {
          // Input is deliberately garbage: the gate answers before validation.
          const result = (await (f.fn as (i: unknown) => Promise<{ ok: boolean; code?: string }>)({ bogus: true })) ?? {};
          got = result.ok ? 'OK' : String(result.code);
        } else {
          const res = await (f.fn as (r: Request, a: { params: Promise<Record<string, string>> }) => Promise<Response>)(new Request('http://test/x'), {
            params: Promise.resolve({ slug: 'x', id: 'x', sessionId: 'x', token: 'x' }),
          });
          got = String(res.status);
        }
        const expected = f.kind === 'action' ? want : String(HTTP[want]);
        if (got !== expected) failures.push(`${f.key} as ${caller}: got ${got}, want ${expected}`);
        const [auditsAfter, mailsAfter] = await Promise.all([db.auditLog.count(), db.emailOutbox.count()]);
        if (auditsAfter !== audits || mailsAfter !== mails) failures.push(`${f.key} as ${caller}: wrote something`);
      }
    }
    actAs(null);
    expect(failures).toEqual([]);
  });
});
