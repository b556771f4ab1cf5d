import type { ActionResult } from '@/lib/action';
import { POST as submitRoute } from '@/app/api/events/[slug]/registrations/route';
import { POST as enrolRoute } from '@/app/api/sessions/[id]/enrolment/route';
import type { EnrolOutcome } from '@/features/enrolment/mutations';

export const APP = 'http://rencontre.test';

/** A JSON POST as the app's own pages send it (same Origin and Host), with `headers` over it. */
export function commandRequest(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${APP}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: APP, host: new URL(APP).host, referer: `${APP}/fr/`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The registration form's submission (POST /api/events/[slug]/registrations) as the current actAs() user. */
export async function submitRegistration(input: { slug: string; values: Record<string, unknown>; locale: string }): Promise<ActionResult<{ referenceNumber: string; status: string }>> {
  const response = await submitRoute(commandRequest(`/api/events/${input.slug}/registrations`, { values: input.values, locale: input.locale }), { params: Promise.resolve({ slug: input.slug }) });
  return (await response.json()) as ActionResult<{ referenceNumber: string; status: string }>;
}

/** The Enrol button (POST /api/sessions/[id]/enrolment) as the current actAs() user. */
export async function enrol(input: { sessionId: string; locale?: string }): Promise<ActionResult<EnrolOutcome>> {
  const { sessionId, ...body } = input;
  const response = await enrolRoute(commandRequest(`/api/sessions/${sessionId}/enrolment`, body), { params: Promise.resolve({ id: sessionId }) });
  return (await response.json()) as ActionResult<EnrolOutcome>;
}
