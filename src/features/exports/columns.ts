// The catalogue of exportable attendee columns, in one place. `sensitive`
// columns (visa data: nationality, passport, date of birth) are offered in the
// dialog to the secretariat only AND refused by the server for anyone else
// (policy.ts `forbiddenColumns`). `type` gives XLSX its column types.
// Labels live in messages/<locale>/exports.json under `columns.<key>`.

export type ColumnType = 'text' | 'number' | 'date' | 'datetime' | 'boolean';
export type ColumnDef = { key: string; type: ColumnType; sensitive: boolean; width: number };


const col = <K extends string>(key: K, type: ColumnType, width: number, sensitive = false) => ({ key, type, width, sensitive }) as const;

export const COLUMNS = [
  col('reference', 'text', 17),
  col('lastName', 'text', 20),
  col('firstName', 'text', 20),
  col('email', 'text', 30),
  col('phone', 'text', 18),
  col('status', 'text', 14),
  col('participantType', 'text', 14),
  col('organization', 'text', 30),
  col('organizationKind', 'text', 20),
  col('organizationRole', 'text', 20),
  col('country', 'text', 20),
  col('continent', 'text', 12),
  col('city', 'text', 16),
  col('delegation', 'text', 28),
  col('languages', 'text', 16),
  col('interpretationNeeds', 'text', 16),
  col('arrivalAt', 'datetime', 18),
  col('departureAt', 'datetime', 18),
  col('accommodation', 'text', 18),
  col('dietary', 'text', 20),
  col('dietaryNotes', 'text', 30),
  col('accessibility', 'text', 20),
  col('accessibilityNotes', 'text', 30),
  col('visaLetterRequested', 'boolean', 10),
  col('visaLetterIssuedAt', 'datetime', 18),
  col('bursaryStatus', 'text', 12),
  col('submittedAt', 'datetime', 18),
  col('checkedInAt', 'datetime', 18),
  col('paymentStatus', 'text', 14),
  col('amountDue', 'number', 12),
  col('amountPaid', 'number', 12),
  col('balance', 'number', 12),
  col('nationality', 'text', 12, true),
  col('passportNumber', 'text', 16, true),
  col('passportExpiry', 'date', 12, true),
  col('dateOfBirth', 'date', 12, true),
] as const satisfies readonly ColumnDef[];

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const COLUMN_KEYS = COLUMNS.map((c) => c.key) as [ColumnKey, ...ColumnKey[]];
export const SENSITIVE_COLUMNS: readonly ColumnKey[] = COLUMNS.filter((c) => c.sensitive).map((c) => c.key);
export const COLUMN_BY_KEY = new Map<ColumnKey, ColumnDef & { key: ColumnKey }>(COLUMNS.map((c) => [c.key, c]));

/** Preselected in the dialog. */
export const DEFAULT_COLUMNS: readonly ColumnKey[] = ['reference', 'lastName', 'firstName', 'organization', 'country', 'delegation', 'participantType', 'status'];
