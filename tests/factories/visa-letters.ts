// Visa letter factories: an event with registrations asking for a letter (visa data encrypted as the app stores it).
import { db } from '@/lib/db';
import { encryptField } from '@/lib/field-crypto';
import { createEvent } from '../factories';
import { createAttendees, type AttendeeInput } from './exports';

export const PASSPORT = 'PZ7788991';
export const BIRTH = '1979-03-14';

export function visaData(passport = PASSPORT, birth = BIRTH): AttendeeInput {
  return { visaLetterRequested: true, nationality: 'ML', passportNumberEnc: encryptField(passport, 'passportNumber'), passportExpiry: new Date('2034-06-30'), dateOfBirthEnc: encryptField(birth, 'dateOfBirth') };
}

/** An event and registrations: by default two approved with a request, one submitted with a request, one without. */
export async function createLetterEvent(rows?: AttendeeInput[], overrides: Parameters<typeof createEvent>[0] = {}) {
  const event = await createEvent(overrides);
  const ids = await createAttendees(
    event.id,
    rows ?? [
      { firstName: 'Nguyễn', lastName: 'Thị Hương', ...visaData() },
      { firstName: 'عائشة', lastName: '王芳', ...visaData('QX1234567', '1990-12-01'), nationality: 'VN', country: 'VN', continent: 'ASIA' },
      { firstName: 'Awa', lastName: 'Submitted', status: 'SUBMITTED', ...visaData() },
      { firstName: 'Moussa', lastName: 'Sans visa' },
    ],
  );
  return { event, ids };
}

export async function ownerOf(registrationId: string) {
  const r = await db.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { user: true } });
  return r.user;
}
