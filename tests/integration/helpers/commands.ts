import type { ActionResult } from '@/lib/action';
import { POST as submitRoute } from '@/app/api/events/[slug]/registrations/route';

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
