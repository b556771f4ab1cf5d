import { sealSensitive } from '@/features/registrations/sensitive';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { requestPasswordReset } from '@/features/auth/actions';
import { acceptInvite, inviteMember } from '@/features/delegations/actions';
import { exportMembers } from '@/features/delegations/export-service';
import { getOutboxMessage } from '@/features/email/data';
import { COLUMN_KEYS, SENSITIVE_COLUMNS } from '@/features/exports/columns';
import { findRegistrationForStaff } from '@/features/registrations/data';
import { toFormValues } from '@/features/registrations/form-values';
import { GET as attendeesRoute } from '@/app/api/exports/[slug]/attendees/route';
import { handleRoute } from '@/lib/route';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser, latestLinkTo, uniqueEmail } from '../factories';
import { createHeadedDelegation } from '../factories/delegations';
import { createRegistration } from '../factories/programme';

type Actor = { id: string; role: 'DELEGATE' | 'ORGANIZER' | 'SECRETARIAT'; name: string; email: string; locale: string };
const asActor = (u: Actor) => ({ id: u.id, role: u.role, name: u.name, email: u.email, locale: u.locale });

afterEach(() => {
  delete process.env.DEMO_MODE;
  actAs(null);
});

describe('secret links stay with their owner (issue 10)', () => {
  it('an organizer reading the outbox after a reset request sees no link, whatever the mail setup', async () => {
    const { organizer, secretariat } = await createRoleUsers();
    const victim = await createUser();
    expect((await requestPasswordReset({ email: victim.email, locale: 'fr' })).ok).toBe(true);
    const message = await db.emailOutbox.findFirstOrThrow({ where: { to: victim.email, template: 'passwordReset' } });
    for (const reader of [organizer, secretariat]) {
      const seen = await getOutboxMessage(asActor(reader), message.id);
      expect(seen.withheld).toBe(true);
      expect(seen.text).toBe('');
      expect(JSON.stringify(seen)).not.toMatch(/token=/);
    }
    // The verification and invitation links are withheld the same way.
    const { head, delegation } = await createHeadedDelegation();
    actAs(head);
    const invited = uniqueEmail('invited');
    expect((await inviteMember({ delegationId: delegation.id, member: { firstName: 'Awa', lastName: 'Ndiaye', email: invited } })).ok).toBe(true);
    const invite = await db.emailOutbox.findFirstOrThrow({ where: { to: invited } });
    expect((await getOutboxMessage(asActor(organizer), invite.id)).withheld).toBe(true);
  });

  it('demo mode shows them (for non-staff recipients), and is refused where the deployment looks real', async () => {
    const { organizer } = await createRoleUsers();
    const victim = await createUser();
    await requestPasswordReset({ email: victim.email, locale: 'fr' });
    const message = await db.emailOutbox.findFirstOrThrow({ where: { to: victim.email, template: 'passwordReset' } });
    // The rule reads the environment on every call; the database client is already open, so these are safe to flip here.
    const saved = { DATABASE_URL: process.env.DATABASE_URL, SMTP_URL: process.env.SMTP_URL };
    try {
      process.env.DEMO_MODE = '1';
      delete process.env.DATABASE_URL;
      delete process.env.SMTP_URL;
      expect((await getOutboxMessage(asActor(organizer), message.id)).text).toMatch(/reset-password\?token=/);
      process.env.SMTP_URL = 'smtp://mail.example.org';
      expect((await getOutboxMessage(asActor(organizer), message.id)).withheld).toBe(true);
      delete process.env.SMTP_URL;
      process.env.DATABASE_URL = 'postgresql://rencontre@db.example.org/rencontre';
      expect((await getOutboxMessage(asActor(organizer), message.id)).withheld).toBe(true);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('an invitation is for the invited address only (issue 10)', () => {
  it('another signed-in account gets the refusal of an unknown link; nothing changes; the invited person still accepts', async () => {
    const { head, delegation } = await createHeadedDelegation();
    actAs(head);
    const email = uniqueEmail('invitee');
    expect((await inviteMember({ delegationId: delegation.id, member: { firstName: 'Ousmane', lastName: 'Sèye', email } })).ok).toBe(true);
    const { url } = await latestLinkTo(email, 'delegations.invite');
    const token = decodeURIComponent(url.split('/invitations/')[1]!);

    const intruder = await createUser();
    actAs(intruder);
    const [audits, drafts] = await Promise.all([db.auditLog.count(), db.registrationDraft.count({ where: { userId: intruder.id } })]);
    const refused = await acceptInvite({ token });
    const unknown = await acceptInvite({ token: 'x'.repeat(43) });
    expect(refused).toEqual(unknown);
    expect(refused).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.registrationDraft.count({ where: { userId: intruder.id } })).toBe(drafts);
    expect(await db.delegationInvite.findFirstOrThrow({ where: { email } })).toMatchObject({ acceptedAt: null, userId: null });

    const owner = await createUser({ email });
    actAs(owner);
    expect(await acceptInvite({ token })).toMatchObject({ ok: true });
    expect((await db.delegationInvite.findFirstOrThrow({ where: { email } })).userId).toBe(owner.id);
  });
});

describe('nationality is sensitive everywhere (issue 10)', () => {
  it('an organizer never gets it: staff registration page data, attendee exports, the head’s member list', async () => {
    const { head, delegation, event } = await createHeadedDelegation();
    const { registration } = await createRegistration(event.id, { delegationId: delegation.id, visaLetterRequested: true, nationality: 'BF', ...sealSensitive({ passportNumber: 'BF1234567', dateOfBirth: null }), country: 'SN' });
    const { organizer, secretariat } = await createRoleUsers();

    // The staff registration page reads through findRegistrationForStaff, then toFormValues.
    const asOrganizer = await findRegistrationForStaff(asActor(organizer), registration.id);
    expect(asOrganizer).not.toBeNull();
    expect(asOrganizer).not.toHaveProperty('nationality');
    expect(toFormValues(asOrganizer!, event.timeZone, 'XOF').nationality).toBe('');
    expect((await findRegistrationForStaff(asActor(secretariat), registration.id))?.nationality).toBe('BF');

    // Every column an organizer may export, in every format: no Burkina Faso anywhere.
    const allowed = COLUMN_KEYS.filter((c) => !SENSITIVE_COLUMNS.includes(c));
    expect(SENSITIVE_COLUMNS).toContain('nationality');
    actAs(organizer);
    for (const format of ['csv', 'xlsx', 'pdf']) {
      const res = await attendeesRoute(new Request(`http://test/api/exports/${event.slug}/attendees?format=${format}&columns=${allowed.join(',')}&locale=en`), { params: Promise.resolve({ slug: event.slug }) });
      expect(res.status, format).toBe(200);
      const body = Buffer.from(await res.arrayBuffer()).toString('latin1');
      if (format === 'csv') expect(body).toContain('Senegal'); // the export did run with the person in it
      expect(body, format).not.toMatch(/Burkina/);
    }
    const refused = await attendeesRoute(new Request(`http://test/api/exports/${event.slug}/attendees?format=csv&columns=lastName,nationality`), { params: Promise.resolve({ slug: event.slug }) });
    expect(refused.status).toBe(403);

    // The head's member export.
    actAs(head);
    const members = await handleRoute(() => exportMembers(delegation.id, new URLSearchParams('format=csv&locale=en')));
    expect(members.status).toBe(200);
    expect(await members.text()).not.toMatch(/Burkina|BF1234567/);
  });
});
