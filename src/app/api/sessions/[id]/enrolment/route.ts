import { userCommand } from '@/features/auth/clients';
import { enrolAs } from '@/features/enrolment/enrol';
import { enrolSchema } from '@/features/programme/schema';

export const dynamic = 'force-dynamic';

/**
 * A delegate enrols in a session (the programme's Enrol button posts here). A command route
 * rather than a server action (see `command` in features/auth/clients.ts): an enrolment race is
 * hundreds of these at once. Body `{ locale? }`; answers `{ ok: true, data: { status, rank? } }`
 * or `{ ok: false, code, fieldErrors? }`.
 */
export const POST = userCommand(enrolSchema, (input, { actor }) => enrolAs(actor, input), { fromParams: (p) => ({ sessionId: p.id }) });
