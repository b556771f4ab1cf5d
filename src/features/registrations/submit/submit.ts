import 'server-only';
import { AppError, fieldErrorsOf } from '@/lib/errors';
import { burstGate } from '@/lib/admission';
import { scheduleDispatch } from '@/features/email/dispatch';
import { registrationWindow } from '@/features/events/policy';
import type { Actor } from '@/features/auth/data';
import { findEventForRegistration, registrationContext, type EventForRegistration } from '../data';
import { registrationSchema, type RegistrationAnswers, type SubmitRegistrationInput } from '../schema';
import { submitRegistration } from './mutations';

/** The event, open for registration to this role; NOT_FOUND / DEADLINE_PASSED / FORBIDDEN otherwise. */
export async function loadOpenEvent(slug: string, role: Actor['role']): Promise<EventForRegistration> {
  const event = await findEventForRegistration(slug, role);
  if (!event) throw new AppError('NOT_FOUND');
  const window = registrationWindow(event);
  if (window === 'closed') throw new AppError('DEADLINE_PASSED');
  if (window === 'notOpenYet') throw new AppError('FORBIDDEN');
  return event;
}

/** The whole form parsed with the event's schema; the consent must be to the current notice. */
export function parseAnswers(event: EventForRegistration, values: Record<string, unknown>): RegistrationAnswers {
  const parsed = registrationSchema(registrationContext(event)).safeParse(values);
  if (!parsed.success) throw new AppError('VALIDATION', fieldErrorsOf(parsed.error));
  if (parsed.data.consentVersion !== event.privacyNoticeVersion) throw new AppError('CONFLICT', { consent: ['consentOutdated'] });
  return parsed.data;
}

/**
 * A delegate's submission of the whole form, as the server action and the submit route both run
 * it: in arrival order, a bounded number at a time (src/lib/admission.ts), so a burst at a
 * registration opening is answered progressively.
 */
export async function submitAs(actor: Actor, { slug, values, locale }: SubmitRegistrationInput) {
  const result = await burstGate(async () => {
    const event = await loadOpenEvent(slug, actor.role);
    const answers = parseAnswers(event, values);
    return submitRegistration({ userId: actor.id, event, answers, locale });
  });
  scheduleDispatch();
  return { referenceNumber: result.referenceNumber, status: result.status };
}
