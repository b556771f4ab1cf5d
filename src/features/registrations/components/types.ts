import type { AppLocale } from '@/lib/i18n/locales';
import type { QuestionDef } from '../questions';
import type { ParticipantTypeValue } from '../schema';

/** What the form shows besides the schema: localized lists and the event's texts (serializable). */
export type FormOptions = {
  locale: AppLocale;
  timeZone: string;
  eventLanguages: AppLocale[];
  privacyNotice: string;
  privacyNoticeLang?: string;
  privacyVersion: string;
  fees: { id: string; label: string; amount: string }[];
  currency: string;
  countries: { code: string; name: string }[];
  languages: { code: string; name: string }[];
  questions: QuestionDef[];
  participantTypes: ParticipantTypeValue[];
};
