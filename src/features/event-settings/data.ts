import 'server-only';
import { db } from '@/lib/db';

/** Everything the settings page edits (secretariat only: the page checks the role). */
export function findEventSettings(slug: string) {
  return db.event.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, timeZone: true, languages: true, capacity: true, seatsTaken: true, requiresApproval: true, participantTypes: true,
      privacyNotice: true, privacyNoticeVersion: true, registrationOpensAt: true, registrationClosesAt: true,
      feeCategories: { orderBy: { sortOrder: 'asc' }, select: { id: true, code: true, label: true, description: true, amountMinor: true, currency: true, active: true } },
      questions: { orderBy: { sortOrder: 'asc' }, select: { id: true, key: true, type: true, label: true, options: true, required: true, showIfKey: true, showIfValue: true } },
    },
  });
}
