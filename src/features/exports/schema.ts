import { z } from 'zod';
import { COLUMN_KEYS } from './columns';

// One filter for the attendee list: the list page (GET query parameters), the
// export dialog (which links to the export with the same parameters) and the
// export route handlers all parse it with `attendeeFilterSchema`.

export const REGISTRATION_STATUSES = ['SUBMITTED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'CANCELLED'] as const;
export const CONTINENT_VALUES = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'] as const;
export const PARTICIPANT_TYPES = ['DELEGATE', 'SPEAKER', 'OBSERVER', 'PRESS', 'VOLUNTEER'] as const;
export const PAYMENT_STATUS_VALUES = ['UNPAID', 'PARTLY_PAID', 'PAID', 'WAIVED', 'REFUNDED'] as const;
export const CHECKED_IN_VALUES = ['yes', 'no'] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Ids are cuids (or any short token): never free text. */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const FILTER_KEYS = ['status', 'delegationId', 'country', 'continent', 'participantType', 'sessionId', 'checkedIn', 'paymentStatus', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const attendeeFilterSchema = z
  .object({
    status: z.enum(REGISTRATION_STATUSES).optional(),
    delegationId: id.optional(),
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    continent: z.enum(CONTINENT_VALUES).optional(),
    participantType: z.enum(PARTICIPANT_TYPES).optional(),
    sessionId: id.optional(),
    checkedIn: z.enum(CHECKED_IN_VALUES).optional(),
    paymentStatus: z.enum(PAYMENT_STATUS_VALUES).optional(),
    /** Name, e-mail or reference; matched accent-insensitively. */
    q: z.string().trim().max(100).optional(),
  })
  .strict();
export type AttendeeFilter = z.infer<typeof attendeeFilterSchema>;

/**
 * The filter's fields out of query parameters ('' = not set; a repeated
 * parameter keeps its first value). Unknown parameters are left out here so
 * that `page`, `format` or `columns` can live in the same query string.
 */
export function filterInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const get = (key: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = get(key);
    if (value !== undefined && value.trim() !== '') out[key] = value;
  }
  return out;
}

/** For pages: a filter from the URL, invalid fields dropped (a hand-edited URL still shows a list). */
export function lenientFilter(params: Record<string, string | string[] | undefined>): AttendeeFilter {
  const input = filterInput(params);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    const single = attendeeFilterSchema.shape[key as FilterKey].safeParse(value);
    if (single.success && single.data !== undefined && single.data !== '') out[key] = single.data;
  }
  return out as AttendeeFilter;
}

/** The filter as query parameters (stable order; empty fields left out). */
export function filterToParams(filter: AttendeeFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** An export request: the filter, a format and the chosen columns (comma-separated in the URL). */
export const exportRequestSchema = z.object({
  filter: attendeeFilterSchema,
  format: z.enum(EXPORT_FORMATS),
  columns: z
    .array(z.enum(COLUMN_KEYS))
    .min(1)
    .max(COLUMN_KEYS.length)
    .transform((keys) => [...new Set(keys)]),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** Parses `?format=csv&columns=a,b&status=…` into an export request (strict: unknown filter values fail). */
export function parseExportRequest(params: URLSearchParams) {
  const columns = (params.get('columns') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  return exportRequestSchema.safeParse({ filter: filterInput(params), format: params.get('format') ?? '', columns });
}
