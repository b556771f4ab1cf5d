import 'server-only';
import type { AppLocale } from '@/lib/i18n/locales';
import { findLetterForVerification } from './data';
import { hitVerifyRateLimit } from './mutations';
import { VERIFICATION_CODE } from './policy';

/** Exactly what the public verification page shows (never passport data or date of birth). */
export type VerificationView = {
  number: string;
  holderName: string;
  nationality: string;
  event: { title: unknown; languages: AppLocale[] };
  startDate: Date;
  endDate: Date;
  valid: boolean;
  revokedAt: Date | null;
};

export type Verification = { kind: 'notFound' } | { kind: 'limited' } | { kind: 'ok'; view: VerificationView };

/** Rate-limited per client (IP); a malformed or unknown code is "not found". */
export async function verifyLetter(code: string, clientKey: string): Promise<Verification> {
  if (await hitVerifyRateLimit(clientKey)) return { kind: 'limited' };
  if (!VERIFICATION_CODE.test(code)) return { kind: 'notFound' };
  const letter = await findLetterForVerification(code);
  if (!letter) return { kind: 'notFound' };
  return {
    kind: 'ok',
    view: {
      number: letter.number,
      holderName: letter.holderName,
      nationality: letter.nationality,
      event: { title: letter.event.title, languages: letter.event.languages },
      startDate: letter.event.startDate,
      endDate: letter.event.endDate,
      valid: letter.status === 'ISSUED',
      revokedAt: letter.revokedAt,
    },
  };
}
