import { userCommand } from '@/features/auth/clients';
import { submitAs } from '@/features/registrations/submit/submit';
import { submitRegistrationSchema } from '@/features/registrations/schema';

export const dynamic = 'force-dynamic';

/**
 * A delegate submits the registration form (the wizard's last step posts here). A command
 * route rather than a server action: see `command` in features/auth/clients.ts.
 * Body `{ values, locale }`; answers `{ ok: true, data: { referenceNumber, status } }` or
 * `{ ok: false, code, fieldErrors? }` with the code's HTTP status.
 */
export const POST = userCommand(submitRegistrationSchema, (input, { actor }) => submitAs(actor, input));
