// The per-row report of a member import. Pure (unit-tested): every row goes
// through the same schema as the "add a member" form, then duplicates (in the
// file, with existing invitations or members) and the quota are checked.
import { fieldErrorsOf } from '@/lib/errors';
import { MEMBER_FIELDS, memberRowSchema, type MemberRow } from './schema';

export const MAX_IMPORT_ROWS = 5_000;

/** Header spellings accepted for each field (folded: lower case, no accents, no spaces/_/-). */
const HEADER_ALIASES: Record<(typeof MEMBER_FIELDS)[number], string[]> = {
  firstName: ['firstname', 'givenname', 'prenom', 'nombre', 'nome', 'primeironome'],
  lastName: ['lastname', 'surname', 'familyname', 'nom', 'nomdefamille', 'apellido', 'apellidos', 'sobrenome', 'apelido'],
  email: ['email', 'emailaddress', 'mail', 'courriel', 'adressecourriel', 'correo', 'correoelectronico', 'correoeletronico'],
  organization: ['organization', 'organisation', 'organizacion', 'organizacao', 'organismo'],
  country: ['country', 'pays', 'pais', 'countrycode'],
  language: ['language', 'langue', 'idioma', 'lingua', 'lang'],
};

export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.'’]/g, '');
}

export type HeaderMap = { columns: ((typeof MEMBER_FIELDS)[number] | null)[]; missing: (typeof MEMBER_FIELDS)[number][]; unknown: string[] };

/** Which field each column holds; the required ones that are missing; the columns ignored. */
export function mapHeaders(headers: string[]): HeaderMap {
  const seen = new Set<string>();
  const columns = headers.map((h) => {
    const folded = foldHeader(h);
    const field = MEMBER_FIELDS.find((f) => HEADER_ALIASES[f].includes(folded)) ?? null;
    if (!field || seen.has(field)) return null; // a repeated column: the first one counts
    seen.add(field);
    return field;
  });
  const missing = (['firstName', 'lastName', 'email'] as const).filter((f) => !seen.has(f));
  const unknown = headers.filter((h, i) => columns[i] === null && h.trim() !== '');
  return { columns, missing, unknown };
}

export type RowIssue = 'invalid' | 'duplicateInFile' | 'alreadyInvited' | 'overQuota';

export type ReportRow = {
  /** Line (CSV) or row (XLSX) number in the file, the header being 1. */
  line: number;
  firstName: string;
  lastName: string;
  email: string;
  issue: RowIssue | null;
  /** For `invalid`: field -> validation message keys. */
  errors?: Record<string, string[]>;
};

export type ImportReport = { rows: ReportRow[]; valid: MemberRow[]; counts: Record<RowIssue | 'ok', number> };

/**
 * `records` are the data rows as field -> raw text. `known` holds the e-mails
 * already invited to, or members of, the delegation; `room` is how many more
 * people the quota allows. Rows past the room are reported `overQuota`, in
 * file order, and are not imported.
 */
export function buildImportReport(records: { line: number; values: Record<string, string> }[], known: ReadonlySet<string>, room: number): ImportReport {
  const seen = new Set<string>();
  const rows: ReportRow[] = [];
  const valid: MemberRow[] = [];
  const counts = { ok: 0, invalid: 0, duplicateInFile: 0, alreadyInvited: 0, overQuota: 0 };
  for (const { line, values } of records) {
    const shown = { firstName: (values.firstName ?? '').slice(0, 100), lastName: (values.lastName ?? '').slice(0, 100), email: (values.email ?? '').slice(0, 254) };
    const parsed = memberRowSchema.safeParse(values);
    let issue: RowIssue | null = null;
    let errors: Record<string, string[]> | undefined;
    if (!parsed.success) {
      issue = 'invalid';
      errors = fieldErrorsOf(parsed.error);
    } else if (seen.has(parsed.data.email)) issue = 'duplicateInFile';
    else if (known.has(parsed.data.email)) issue = 'alreadyInvited';
    else if (valid.length >= room) issue = 'overQuota';
    if (parsed.success) seen.add(parsed.data.email);
    if (issue === null && parsed.success) valid.push(parsed.data);
    counts[issue ?? 'ok']++;
    rows.push({ line, ...shown, email: parsed.success ? parsed.data.email : shown.email, issue, ...(errors ? { errors } : {}) });
  }
  return { rows, valid, counts };
}
