import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const locale = z.enum(['fr', 'en', 'es', 'pt']).optional();

/** Check someone in, from a scanned/typed badge code or from the search result's id. */
export const checkInSchema = z.union([
  z.object({ eventSlug: slug, locale, token: z.string().trim().min(1).max(200) }).strict(),
  z.object({ eventSlug: slug, locale, registrationId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }).strict(),
]);
export type CheckInInput = z.infer<typeof checkInSchema>;

export const checkInSearchSchema = z.object({ q: z.string().trim().max(100).optional() });
