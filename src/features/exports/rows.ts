import { countryName, languageName } from '@/lib/geo';
import type { AppLocale } from '@/lib/i18n/locales';
import { COLUMN_BY_KEY, type ColumnKey, type ColumnType } from './columns';
import type { AttendeeRow } from './data';

// Turns database rows into typed cells (XLSX) or text (CSV, PDF). Pure: the
// labels are resolved once per export (buildLabels), not once per cell.

export type CellValue = string | number | boolean | Date | null;

export const ENUM_GROUPS = ['status', 'participantType', 'organizationKind', 'continent', 'accommodation', 'bursaryStatus', 'dietary', 'accessibility', 'paymentStatus'] as const;
export type EnumGroup = (typeof ENUM_GROUPS)[number];

export type Labels = {
  yes: string;
  no: string;
  columns: Record<ColumnKey, string>;
  values: Record<EnumGroup, Record<string, string>>;
};

/** `minorDigits`: decimals of the event's currency (amounts are exported in major units). */
export type RowContext = { locale: AppLocale; timeZone: string; delegations: Map<string, string>; labels: Labels; minorDigits?: number };

const major = (ctx: RowContext, minor: number) => minor / 10 ** (ctx.minorDigits ?? 0);

const countryCache = new Map<string, string>();
function country(code: string, locale: AppLocale): string {
  const key = `${locale}:${code}`;
  let name = countryCache.get(key);
  if (name === undefined) countryCache.set(key, (name = countryName(code, locale)));
  return name;
}
const languageCache = new Map<string, string>();
function language(code: string, locale: AppLocale): string {
  const key = `${locale}:${code}`;
  let name = languageCache.get(key);
  if (name === undefined) languageCache.set(key, (name = languageName(code, locale)));
  return name;
}

const label = (ctx: RowContext, group: EnumGroup, value: string | null | undefined) => (value ? (ctx.labels.values[group][value] ?? value) : null);
const list = (ctx: RowContext, group: EnumGroup, values: readonly string[]) => values.map((v) => label(ctx, group, v)).join(', ');

/** The typed value of one column for one row. */
export function cellValue(row: AttendeeRow, key: ColumnKey, ctx: RowContext): CellValue {
  switch (key) {
    case 'reference': return row.referenceNumber;
    case 'lastName': return row.lastName;
    case 'firstName': return row.firstName;
    case 'email': return row.email;
    case 'phone': return row.phone;
    case 'status': return label(ctx, 'status', row.status);
    case 'participantType': return label(ctx, 'participantType', row.participantType);
    case 'organization': return row.organization;
    case 'organizationKind': return label(ctx, 'organizationKind', row.organizationKind);
    case 'organizationRole': return row.organizationRole;
    case 'country': return country(row.country, ctx.locale);
    case 'continent': return label(ctx, 'continent', row.continent);
    case 'city': return row.city;
    case 'delegation': return row.delegationId ? (ctx.delegations.get(row.delegationId) ?? null) : null;
    case 'languages': return row.languages.map((l) => language(l, ctx.locale)).join(', ');
    case 'interpretationNeeds': return row.interpretationNeeds.map((l) => language(l, ctx.locale)).join(', ');
    case 'arrivalAt': return row.arrivalAt;
    case 'departureAt': return row.departureAt;
    case 'accommodation': return label(ctx, 'accommodation', row.accommodation);
    case 'dietary': return list(ctx, 'dietary', row.dietary);
    case 'dietaryNotes': return row.dietaryNotes;
    case 'accessibility': return list(ctx, 'accessibility', row.accessibility);
    case 'accessibilityNotes': return row.accessibilityNotes;
    case 'visaLetterRequested': return row.visaLetterRequested;
    case 'visaLetterIssuedAt': return row.visaLetterIssuedAt;
    case 'bursaryStatus': return label(ctx, 'bursaryStatus', row.bursaryStatus);
    case 'submittedAt': return row.submittedAt;
    case 'checkedInAt': return row.checkedInAt;
    case 'paymentStatus': return label(ctx, 'paymentStatus', row.paymentStatus);
    case 'amountDue': return major(ctx, row.amountDueMinor);
    case 'amountPaid': return major(ctx, row.amountPaidMinor);
    case 'balance': return row.paymentStatus === 'WAIVED' ? 0 : major(ctx, Math.max(0, row.amountDueMinor - row.amountPaidMinor));
    // Sensitive: present on the row only when the secretariat asked for them.
    case 'nationality': return row.nationality ? country(row.nationality, ctx.locale) : null;
    case 'passportNumber': return row.passportNumber ?? null;
    case 'passportExpiry': return row.passportExpiry ?? null;
    case 'dateOfBirth': return row.dateOfBirth ?? null;
    default: {
      const unknown: never = key;
      throw new Error(`unknown column ${String(unknown)}`);
    }
  }
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const HOUR = 3_600_000;

/**
 * The zone's UTC offset (ms) at an instant. Time-zone offsets only change on
 * whole hours here, so it is computed once per zone and hour (formatToParts is
 * the slow part of a 50,000-row export otherwise).
 */
function offsetAt(date: Date, timeZone: string): number {
  const hour = Math.floor(date.getTime() / HOUR);
  const key = `${timeZone}|${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    let f = wallFormatters.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
      wallFormatters.set(timeZone, f);
    }
    const at = new Date(hour * HOUR);
    const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, Number(x.value)]));
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at.getTime();
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock parts of an instant in a time zone. */
function wallParts(date: Date, timeZone: string) {
  const wall = new Date(date.getTime() + offsetAt(date, timeZone));
  const two = (n: number) => String(n).padStart(2, '0');
  return { y: String(wall.getUTCFullYear()), m: two(wall.getUTCMonth() + 1), d: two(wall.getUTCDate()), h: two(wall.getUTCHours()), min: two(wall.getUTCMinutes()) };
}

/** Sortable text a spreadsheet recognises: "2027-02-20 14:05" (event time zone) or "2027-02-20". */
export function formatCellDate(date: Date, type: ColumnType, timeZone: string): string {
  if (type === 'date') return date.toISOString().slice(0, 10);
  const p = wallParts(date, timeZone);
  return `${p.y}-${p.m}-${p.d} ${p.h}:${p.min}`;
}

/** For XLSX: a Date whose UTC fields are the event's wall clock (spreadsheets have no time zones). */
export function wallClockDate(date: Date, type: ColumnType, timeZone: string): Date {
  if (type === 'date') return date;
  const p = wallParts(date, timeZone);
  return new Date(Date.UTC(Number(p.y), Number(p.m) - 1, Number(p.d), Number(p.h), Number(p.min)));
}

/** A cell as text (CSV, PDF). */
export function cellText(value: CellValue, key: ColumnKey, ctx: RowContext): string {
  if (value === null) return '';
  if (value instanceof Date) return formatCellDate(value, COLUMN_BY_KEY.get(key)!.type, ctx.timeZone);
  if (typeof value === 'boolean') return value ? ctx.labels.yes : ctx.labels.no;
  return String(value);
}

/** Builds the label set once from a translator of the `exports` and `common` namespaces. */
export function buildLabels(t: (key: string) => string, has: (key: string) => boolean, groups: Record<EnumGroup, readonly string[]>, columns: readonly ColumnKey[]): Labels {
  const values = {} as Labels['values'];
  for (const group of ENUM_GROUPS) {
    values[group] = Object.fromEntries(groups[group].map((v) => [v, has(`exports.values.${group}.${v}`) ? t(`exports.values.${group}.${v}`) : v]));
  }
  return {
    yes: t('exports.yes'),
    no: t('exports.no'),
    columns: Object.fromEntries(columns.map((c) => [c, t(`exports.columns.${c}`)])) as Record<ColumnKey, string>,
    values,
  };
}
