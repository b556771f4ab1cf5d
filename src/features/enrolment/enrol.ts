import 'server-only';
import { AppError } from '@/lib/errors';
import { burstGate } from '@/lib/admission';
import { localized } from '@/lib/i18n/localized';
import type { Actor } from '@/features/auth/data';
import type { AppLocale } from '@/lib/i18n/locales';
import { findOwnRegistrationForSession, findSessionTitle } from './data';
import { enrolInSession } from './mutations';

/**
 * A delegate enrols themself (POST /api/sessions/[id]/enrolment); the scope is their own
 * registration to the session's event. In arrival order, a bounded number at a time
 * (src/lib/admission.ts): an enrolment race is answered progressively. No revalidation: the
 * button refreshes its page itself.
 */
export async function enrolAs(actor: Actor, { sessionId, locale }: { sessionId: string; locale?: AppLocale }) {
  const registration = await findOwnRegistrationForSession(actor.id, sessionId);
  if (!registration) throw new AppError('FORBIDDEN', { reason: ['NO_REGISTRATION'] });
  try {
    return await burstGate(() => enrolInSession(registration.id, sessionId));
  } catch (error) {
    const clash = error instanceof AppError ? error.fieldErrors?.clash?.[0] : undefined;
    if (!clash) throw error;
    // Name the clashing session (one the delegate holds) in the page's language.
    const other = await findSessionTitle(clash);
    const title = other ? localized(other.title, locale ?? 'fr', other.event.languages) : '';
    throw new AppError('CONFLICT', { clash: [clash], clashTitle: [title] });
  }
}
