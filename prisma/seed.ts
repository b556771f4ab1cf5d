// Demo data: the Dakar 2005 rencontre (open for registration), Lima 1997 and
// Québec 2001 (archived), four demo accounts and ~1,200 generated delegates.
//
//   npm run db:seed                       # default size; exits if the demo event exists
//   npm run db:seed -- --force            # delete the demo data and seed again
//   npm run db:seed -- --if-empty         # silently do nothing when any event exists
//   npm run db:seed -- --delegates 50000  # benchmark size (deterministic for a given N)
//   NODE_ENV=production npm run db:seed -- --demo  # production refuses the demo accounts unless told --demo
//                                          # (a real deployment uses `npm run setup:admin` instead)
//
// Everything is generated in memory (prisma/seed-data/*) with ids, then written
// in one transaction, in batches of 1,000 rows (seed-data/insert.ts for the
// big tables, createMany for the others): a failed seed leaves nothing behind. Randomness comes from a seeded PRNG, except secrets
// (calendar tokens, the generated accounts' password), which use crypto.
import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { db, runScript } from '@/lib/db';
import { hashPassword } from '@/lib/password';
import { buildActivity } from './seed-data/activity';
import { decideBursaries } from './seed-data/bursaries';
import { buildMoney } from './seed-data/money';
import { buildProgramme } from './seed-data/build-programme';
import { buildRegistrations } from './seed-data/build-registrations';
import { buildVisaLetters } from './seed-data/visa-letters';
import { buildAllocationDemo } from './seed-data/build-allocation';
import { insertRows } from './seed-data/insert';
import { DAKAR_SLUG, DAKAR_TZ, dakarDates, dakarEvent, FEE_CATEGORIES, PAST_EVENTS, QUESTIONS } from './seed-data/events';
import { createRng, dateOnly, zonedTime } from './seed-data/random';

const DEMO_ACCOUNTS = [
  { key: 'secretariat', email: 'secretariat@rencontre.test', password: 'Gesq-Secretariat-2005', role: 'SECRETARIAT', name: 'Secrétariat du GESQ', given: 'Secrétariat du GESQ', family: '', locale: 'fr' },
  { key: 'organizer', email: 'organizer@rencontre.test', password: 'Organizer-Dakar-2005', role: 'ORGANIZER', name: 'Mamadou Ndiaye', given: 'Mamadou', family: 'Ndiaye', locale: 'fr' },
  { key: 'delegate', email: 'delegate@rencontre.test', password: 'Delegate-Dakar-2005', role: 'DELEGATE', name: 'Awa Diallo', given: 'Awa', family: 'Diallo', locale: 'fr' },
  { key: 'head', email: 'head@rencontre.test', password: 'Head-Quebec-2005', role: 'DELEGATE', name: 'Geneviève Lévesque', given: 'Geneviève', family: 'Lévesque', locale: 'fr' },
] as const;
const DEMO_SLUGS = [DAKAR_SLUG, ...PAST_EVENTS.map((e) => e.slug)];
function parseArgs(argv: string[]) {
  const at = argv.indexOf('--delegates');
  const delegates = at >= 0 ? Number(argv[at + 1]) : 1200;
  if (!Number.isInteger(delegates) || delegates < 10 || delegates > 200_000) throw new Error('--delegates must be an integer between 10 and 200000');
  return { force: argv.includes('--force'), ifEmpty: argv.includes('--if-empty'), demo: argv.includes('--demo'), delegates };
}

/** Removes what a previous run created (demo events cascade to their rows). */
async function wipe(tx: Prisma.TransactionClient) {
  const demoEmails = DEMO_ACCOUNTS.map((a) => a.email);
  const events = await tx.event.findMany({ where: { slug: { in: DEMO_SLUGS } }, select: { id: true } });
  const demoUsers = await tx.user.findMany({ where: { email: { in: demoEmails } }, select: { id: true } });
  await tx.auditLog.deleteMany({ where: { OR: [{ eventId: { in: events.map((e) => e.id) } }, { actorId: { in: demoUsers.map((u) => u.id) } }] } });
  await tx.emailOutbox.deleteMany({ where: { dedupeKey: { startsWith: 'seed:' } } });
  const announcements = await tx.announcement.findMany({ where: { eventId: { in: events.map((e) => e.id) } }, select: { id: true } });
  for (const a of announcements) await tx.emailOutbox.deleteMany({ where: { dedupeKey: { startsWith: `announcement:${a.id}:` } } });
  await tx.preferenceRound.deleteMany({ where: { eventId: { in: events.map((e) => e.id) } } }); // no relation to Event: not cascaded
  await tx.event.deleteMany({ where: { slug: { in: DEMO_SLUGS } } });
  await tx.user.deleteMany({ where: { OR: [{ email: { in: demoEmails } }, { email: { endsWith: '@example.org' } }] } });
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  // The demo accounts have published passwords: never on a real deployment by accident.
  if (process.env.NODE_ENV === 'production' && !args.demo) {
    console.error('Refusing to create the demo accounts (published passwords) with NODE_ENV=production.\n' +
      'For a real deployment, create the first secretariat account with: npm run setup:admin -- --email <address>\n' +
      'For a demonstration server, add --demo.');
    return 1;
  }
  const started = performance.now();
  const existing = await db.event.findUnique({ where: { slug: DAKAR_SLUG }, select: { id: true } });
  if (args.ifEmpty && (existing || (await db.event.count()) > 0)) return 0;
  if (existing && !args.force) {
    console.log(`The demo event "${DAKAR_SLUG}" already exists: nothing to do (use --force to recreate the demo data).`);
    return 0;
  }

  const now = new Date();
  const rng = createRng(0x5eed2005 ^ args.delegates);
  const dates = dakarDates(now);
  const [hashes, generatedHash] = await Promise.all([
    Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password))),
    hashPassword(randomBytes(24).toString('base64url')),
  ]);
  const accounts = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.key, { ...a, id: rng.id() }])) as Record<(typeof DEMO_ACCOUNTS)[number]['key'], (typeof DEMO_ACCOUNTS)[number] & { id: string }>;
  const eventId = rng.id();
  const fees = { NORTH: rng.id(), SOUTH: rng.id(), SOLIDARITY: rng.id() };
  const event = dakarEvent(now);

  const built = buildRegistrations({
    n: args.delegates, rng, now, eventId, code: event.code, timeZone: DAKAR_TZ, dates, fees,
    secretariatId: accounts.secretariat.id, passwordHash: generatedHash,
    head: { userId: accounts.head.id, email: accounts.head.email, firstName: 'Geneviève', lastName: 'Lévesque' },
  });
  const programme = buildProgramme({ rng, now, eventId, timeZone: DAKAR_TZ, day: dates.day, enrollees: built.enrollees });
  const allocation = buildAllocationDemo({ now, eventId, sessions: programme.sessions, enrollments: programme.enrollments, registrations: built.registrations, headRegistrationId: built.enrollees[0].id });
  const locales = new Map(built.users.map((u) => [u.id!, u.locale ?? 'fr']));
  const visa = buildVisaLetters({ rng, eventId, code: event.code, secretariatId: accounts.secretariat.id, registrations: built.registrations, locales });
  const activity = buildActivity({ rng, now, eventId, secretariatId: accounts.secretariat.id, organizerId: accounts.organizer.id, registrations: built.registrations, delegations: built.delegations, locales });
  const bursaries = decideBursaries({ rng, registrations: built.registrations as Parameters<typeof decideBursaries>[0]['registrations'], locales, secretariatId: accounts.secretariat.id, now });
  const money = buildMoney({
    rng, now, eventId, slug: DAKAR_SLUG, opensAt: dates.opensAt, registrations: built.registrations, locales, skipUserIds: [accounts.head.id],
    fees: Object.fromEntries(FEE_CATEGORIES.map((f) => [fees[f.code], f.amountMinor])), secretariatId: accounts.secretariat.id, organizerId: accounts.organizer.id,
    appUrl: (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, ''), languages: event.languages,
  });
  // The default event holds 1,500 seats; bigger benchmark runs get room to spare.
  const capacity = Math.max(event.capacity, Math.ceil((built.seatsTaken * 1.15) / 100) * 100);
  const generatedAt = performance.now();

  await db.$transaction(
    async (tx) => {
      if (existing) await wipe(tx);
      const accountCreatedAt = new Date(dates.opensAt.getTime() - 40 * 86_400_000);
      await tx.user.createMany({
        data: DEMO_ACCOUNTS.map((a, i) => ({ id: accounts[a.key].id, email: a.email, name: a.name, givenName: a.given, familyName: a.family, passwordHash: hashes[i], role: a.role, locale: a.locale, emailVerifiedAt: accountCreatedAt, createdAt: accountCreatedAt })),
      });
      await insertRows(tx, 'User', built.users);
      const { languages, participantTypes, ...eventFields } = event;
      await tx.event.create({
        data: { ...eventFields, id: eventId, languages: [...languages], participantTypes: [...participantTypes], capacity, seatsTaken: built.seatsTaken, referenceCounter: built.registrations.length, createdAt: new Date(dates.opensAt.getTime() - 3 * 86_400_000) },
      });
      await tx.feeCategory.createMany({ data: FEE_CATEGORIES.map((f, i) => ({ id: fees[f.code], eventId, code: f.code, label: f.label, description: f.description, amountMinor: f.amountMinor, currency: 'XOF', sortOrder: i })) });
      await tx.customQuestion.createMany({ data: QUESTIONS.map((q, i) => ({ eventId, sortOrder: i, options: [], ...q })) });
      for (const past of PAST_EVENTS) {
        await tx.event.create({
          data: {
            slug: past.slug, code: past.code, title: past.title, description: past.description, city: past.city, country: past.country, timeZone: past.timeZone,
            startDate: dateOnly(past.start), endDate: dateOnly(past.end), capacity: past.capacity, status: 'ARCHIVED', requiresApproval: false,
            registrationOpensAt: zonedTime(`${past.start.slice(0, 4)}-03-01`, '09:00', past.timeZone),
            registrationClosesAt: zonedTime(past.start, '00:00', past.timeZone),
            languages: ['fr', 'es', 'en'], privacyNotice: {}, privacyNoticeVersion: '1',
          },
        });
      }
      await insertRows(tx, 'Delegation', built.delegations);
      await insertRows(tx, 'Registration', built.registrations);
      await tx.bursaryBudget.create({ data: { eventId, amountMinor: bursaries.amountMinor, currency: 'XOF', committedMinor: bursaries.committedMinor } });
      await tx.bursaryCeiling.createMany({ data: bursaries.ceilings.map((c) => ({ eventId, ...c })) });
      await tx.room.createMany({ data: programme.rooms });
      await tx.track.createMany({ data: programme.tracks });
      await tx.session.createMany({ data: allocation.sessions });
      await tx.sessionSpeaker.createMany({ data: programme.speakers });
      await insertRows(tx, 'SessionEnrollment', allocation.enrollments);
      await tx.preferenceRound.createMany({ data: allocation.rounds });
      await tx.preferenceRanking.createMany({ data: allocation.rankings });
      await tx.auditLog.createMany({ data: activity.audit });
      await tx.visaLetterSettings.create({ data: visa.settings });
      await tx.visaLetter.createMany({ data: visa.letters });
      await tx.auditLog.createMany({ data: visa.audit });
      await tx.emailOutbox.createMany({ data: activity.emails });
      // Money: the ledger, waivers, settings and one sent message; balances computed with the app's rules (features/money).
      await tx.eventMoneySettings.create({ data: money.settings });
      if (money.waived.length > 0) await tx.registration.updateMany({ where: { id: { in: money.waived } }, data: { feeWaivedAt: now } });
      await tx.paymentEntry.createMany({ data: money.entries });
      await tx.$executeRaw`
        UPDATE "Registration" r SET
          "amountPaidMinor" = COALESCE((SELECT SUM(p."amountMinor") FROM "PaymentEntry" p WHERE p."registrationId" = r.id), 0),
          "amountDueMinor" = GREATEST(0, COALESCE((SELECT f."amountMinor" FROM "FeeCategory" f WHERE f.id = r."feeCategoryId"), 0)
            - CASE WHEN r."bursaryStatus" IN ('GRANTED', 'PARTIAL') THEN GREATEST(0, COALESCE(r."bursaryFeeCoverMinor", 0)) ELSE 0 END)
        WHERE r."eventId" = ${eventId}`;
      await tx.$executeRaw`
        UPDATE "Registration" r SET "paymentStatus" = (CASE
          WHEN r."feeWaivedAt" IS NOT NULL THEN 'WAIVED'
          WHEN r."amountPaidMinor" >= r."amountDueMinor" THEN 'PAID'
          WHEN r."amountPaidMinor" > 0 THEN 'PARTLY_PAID'
          ELSE 'UNPAID' END)::"PaymentStatus"
        WHERE r."eventId" = ${eventId}`;
      await tx.announcement.create({ data: money.announcement as Prisma.AnnouncementUncheckedCreateInput });
      await tx.emailOutbox.createMany({ data: money.emails });
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  const done = performance.now();

  const count = (status: string) => built.registrations.filter((r) => r.status === status).length;
  const countries = new Set(built.registrations.map((r) => r.country)).size;
  const inDelegation = built.registrations.filter((r) => r.delegationId).length;
  console.log(`Seeded "${DAKAR_SLUG}" in ${((done - started) / 1000).toFixed(1)} s (generation ${((generatedAt - started) / 1000).toFixed(1)} s, writing ${((done - generatedAt) / 1000).toFixed(1)} s).`);
  console.log(`  registrations ${built.registrations.length} from ${countries} countries (${Math.round((100 * inDelegation) / built.registrations.length)}% in delegations): approved ${count('APPROVED')}, submitted ${count('SUBMITTED')}, wait-listed ${count('WAITLISTED')}, rejected ${count('REJECTED')}, cancelled ${count('CANCELLED')}`);
  console.log(`  seats taken ${built.seatsTaken} / ${capacity}; delegations ${built.delegations.length}; sessions ${programme.sessions.length}; enrolments ${allocation.enrollments.length}; speakers ${programme.speakers.length}`);
  console.log(`  money: ${money.entries.length} payments (receipts 1..${money.entries.length}), ${money.waived.length} fees waived; one payment reminder sent to ${money.emails.length} delegates`);
  console.log(`  event dates ${dates.start} – ${dates.end} (${DAKAR_TZ}); registration closes ${dates.closesAt.toISOString()}`);
  console.log(`  visa letters: ${visa.letters.filter((l) => l.status === 'ISSUED').length} issued, ${visa.letters.filter((l) => l.status === 'REVOKED').length} revoked, ${built.registrations.filter((r) => r.visaLetterRequested && !r.visaLetterIssuedAt && r.status === 'APPROVED').length} approved requests pending`);
  console.log('  demo accounts (e-mail verified):');
  for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(11)} ${a.email.padEnd(28)} ${a.password}${a.key === 'head' ? '  (head of the Québec delegation)' : a.key === 'delegate' ? '  (not registered yet)' : ''}`);
  return 0;
}

runScript(main);
