import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { emptyFormValues, type RegistrationFormValues } from '@/features/registrations/schema';

const DAY = 86_400_000;

function day(offsetDays: number): Date {
  return new Date(new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10) + 'T00:00:00Z');
}

/** An open event with two fee categories and three custom questions (one conditional). */
export async function createRegistrationEvent(overrides: { capacity?: number | null; requiresApproval?: boolean; closesInDays?: number; status?: 'OPEN' | 'DRAFT' | 'CLOSED' } = {}) {
  const suffix = randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase();
  const event = await db.event.create({
    data: {
      slug: `test-${suffix.toLowerCase()}`,
      code: `T${suffix}`,
      title: { fr: `Rencontre test ${suffix}`, en: `Test meeting ${suffix}` },
      city: 'Dakar',
      country: 'SN',
      timeZone: 'Africa/Dakar',
      startDate: day(60),
      endDate: day(64),
      registrationOpensAt: new Date(Date.now() - DAY),
      registrationClosesAt: new Date(Date.now() + (overrides.closesInDays ?? 30) * DAY),
      capacity: overrides.capacity === undefined ? 100 : overrides.capacity,
      status: overrides.status ?? 'OPEN',
      requiresApproval: overrides.requiresApproval ?? true,
      privacyNotice: { fr: 'Vos données servent à votre inscription.', en: 'Your data is used for your registration.' },
      privacyNoticeVersion: '2026-1',
      feeCategories: {
        create: [
          { code: 'NORTH', label: { fr: 'Tarif Nord', en: 'North rate' }, amountMinor: 150_000, currency: 'XOF', sortOrder: 0 },
          { code: 'SOUTH', label: { fr: 'Tarif Sud', en: 'South rate' }, amountMinor: 25_000, currency: 'XOF', sortOrder: 1 },
        ],
      },
      questions: {
        create: [
          { key: 'first_rencontre', type: 'YES_NO', required: true, sortOrder: 0, label: { fr: 'Première Rencontre ?', en: 'First meeting?' } },
          {
            key: 'heard_from', type: 'CHOICE', required: false, sortOrder: 1, label: { fr: 'Comment ?', en: 'How?' },
            options: [{ value: 'network', label: { fr: 'Réseau', en: 'Network' } }, { value: 'other', label: { fr: 'Autre', en: 'Other' } }],
          },
          { key: 'heard_from_other', type: 'TEXT', required: true, sortOrder: 2, showIfKey: 'heard_from', showIfValue: 'other', label: { fr: 'Précisez', en: 'Specify' } },
        ],
      },
    },
    include: { feeCategories: { orderBy: { sortOrder: 'asc' } } },
  });
  return event;
}

/** Complete, valid form values for `event` (as the form would send them). */
export function validValues(event: { feeCategories: { id: string }[]; startDate: Date }, overrides: Partial<RegistrationFormValues> = {}): RegistrationFormValues {
  const start = event.startDate.toISOString().slice(0, 10);
  const end = new Date(event.startDate.getTime() + 5 * DAY).toISOString().slice(0, 10);
  return {
    ...emptyFormValues('2026-1'),
    firstName: 'Mame Diarra',
    lastName: 'Guèye',
    email: `mame-${randomUUID().slice(0, 8)}@test.rencontre.example`,
    organization: 'Réseau des femmes transformatrices',
    organizationKind: 'WOMENS_GROUP',
    country: 'SN',
    participantType: 'DELEGATE',
    feeCategoryId: event.feeCategories[1]!.id,
    languages: ['fr', 'wo'],
    customAnswers: { first_rencontre: 'yes' },
    arrivalAt: `${start}T08:00`,
    departureAt: `${end}T18:30`,
    accommodation: 'HOST_FAMILY',
    consent: true,
    ...overrides,
  };
}
