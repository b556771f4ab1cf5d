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
  /** `description`: who qualifies, how and when to pay (event settings), shown at the choice. */
  fees: { id: string; label: string; amount: string; description?: string; descriptionLang?: string }[];
  currency: string;
  countries: { code: string; name: string }[];
  /** The ~55 languages, named in the page's language; `common` ones are listed first. */
  languages: { code: string; name: string; common?: boolean }[];
  /** The event's languages named in the page's language (interpretation needs). */
  eventLanguageNames: Record<string, string>;
  questions: QuestionDef[];
  participantTypes: ParticipantTypeValue[];
};
