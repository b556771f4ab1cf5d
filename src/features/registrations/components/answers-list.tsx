import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { localized } from '@/lib/i18n/localized';
import { fullName } from '@/lib/names';
import { visibleQuestions } from '../questions';
import { STEPS, type StepName } from '../choices';
import type { RegistrationFormValues } from '../schema';
import type { FormOptions } from './types';

type Props = {
  values: RegistrationFormValues;
  /** Country and language names come from the form's own lists: the wizard (a client component) does not ship the country tables. */
  options: Pick<FormOptions, 'locale' | 'eventLanguages' | 'fees' | 'questions' | 'timeZone' | 'currency' | 'countries' | 'languages' | 'eventLanguageNames'>;
  /** False for organizers: passport and date of birth are not even loaded, say so. */
  showSensitive?: boolean;
  /** The wizard's review step: a "Change" button per section. */
  onEdit?: (step: number) => void;
};

/**
 * Answers as a definition list, one section per step. Text is rendered by
 * React (escaped): whatever a delegate typed shows as text, never as HTML.
 */
export function AnswersList({ values: v, options, showSensitive = true, onEdit }: Props) {
  const t = useTranslations('registration');
  const tn = useTranslations('people.names');
  const { locale, eventLanguages } = options;
  const countryName = (code: string) => options.countries.find((c) => c.code === code.toUpperCase())?.name ?? code;
  const languageName = (code: string) => options.eventLanguageNames[code] ?? options.languages.find((l) => l.code === code)?.name ?? code;
  const none = <span className="text-stone-600">{t('notProvided')}</span>;
  const text = (value: string | undefined | null) => (value && value.trim() ? value : none);
  const list = (values: readonly string[] | undefined, label: (v: string) => string) => (values && values.length ? values.map(label).join(', ') : none);
  const wall = (value: string | undefined) => (value ? `${value.replace('T', ' ')} (${options.timeZone})` : none);
  const fee = options.fees.find((f) => f.id === v.feeCategoryId);
  const answers = v.customAnswers ?? {};
  const sections: Record<StepName, [string, ReactNode][]> = {
    identity: [
      [t('fields.firstName'), text(v.firstName)],
      [t('fields.lastName'), text(v.lastName)],
      [tn('order'), text(fullName(v.firstName ?? '', v.lastName ?? '', v.nameOrder ?? 'GIVEN_FIRST'))],
      [t('fields.gender'), v.gender ? t(`genders.${v.gender}`) : none],
      [t('fields.email'), text(v.email)],
      [t('fields.phone'), text(v.phone)],
      [t('fields.organization'), text(v.organization)],
      [t('fields.organizationKind'), v.organizationKind ? t(`organizationKinds.${v.organizationKind}`) : none],
      [t('fields.organizationRole'), text(v.organizationRole)],
      [t('fields.country'), v.country ? countryName(v.country) : none],
      [t('fields.city'), text(v.city)],
    ],
    participation: [
      [t('fields.participantType'), v.participantType ? t(`participantTypes.${v.participantType}`) : none],
      ...(options.fees.length ? ([[t('fields.feeCategory'), fee ? `${fee.label} (${fee.amount})` : none]] as [string, ReactNode][]) : []),
      [t('fields.languages'), list(v.languages, (c) => languageName(c))],
      [t('fields.interpretationNeeds'), list(v.interpretationNeeds, (c) => languageName(c))],
      ...visibleQuestions(options.questions, answers).map((q): [string, ReactNode] => {
        const a = answers[q.key];
        const label = (value: string) => (q.type === 'YES_NO' ? t(value === 'yes' ? 'yes' : 'no') : localized(q.options.find((o) => o.value === value)?.label, locale, eventLanguages) || value);
        const shown = a === undefined || a === null || a === '' || (Array.isArray(a) && a.length === 0) ? none : Array.isArray(a) ? a.map(label).join(', ') : q.type === 'TEXT' ? a : label(a);
        return [localized(q.label, locale, eventLanguages), <span key={q.key}>{shown}</span>];
      }),
    ],
    travel: [
      [t('fields.arrivalAt'), wall(v.arrivalAt)],
      [t('fields.departureAt'), wall(v.departureAt)],
      [t('fields.travelDetails'), text(v.travelDetails)],
      [t('fields.accommodation'), v.accommodation ? t(`accommodations.${v.accommodation}`) : none],
      [t('fields.dietary'), list(v.dietary, (d) => t(`dietary.${d}` as 'dietary.VEGAN'))],
      [t('fields.dietaryNotes'), text(v.dietaryNotes)],
      [t('fields.accessibility'), list(v.accessibility, (a) => t(`accessibility.${a}` as 'accessibility.HEARING'))],
      [t('fields.accessibilityNotes'), text(v.accessibilityNotes)],
    ],
    visa: [
      [t('fields.visaLetterRequested'), v.visaLetterRequested ? t('yes') : t('no')],
      ...(v.visaLetterRequested
        ? ([
            [t('fields.nationality'), showSensitive ? (v.nationality ? countryName(v.nationality) : none) : t('hiddenSensitive')],
            [t('fields.passportNumber'), showSensitive ? text(v.passportNumber) : t('hiddenSensitive')],
            [t('fields.passportExpiry'), showSensitive ? text(v.passportExpiry) : t('hiddenSensitive')],
            [t('fields.dateOfBirth'), showSensitive ? text(v.dateOfBirth) : t('hiddenSensitive')],
          ] as [string, ReactNode][])
        : []),
      [t('fields.bursaryRequested'), v.bursaryRequested ? t('yes') : t('no')],
      ...(v.bursaryRequested
        ? ([
            [t('fields.bursaryAmount'), v.bursaryAmount ? `${v.bursaryAmount} ${options.currency}` : none],
            [t('fields.bursaryReason'), text(v.bursaryReason)],
          ] as [string, ReactNode][])
        : []),
    ],
    review: [],
  };
  return (
    <div className="space-y-5" data-testid="answers">
      {STEPS.filter((s) => s !== 'review').map((step, index) => (
        <section key={step} aria-labelledby={`answers-${step}`} className="space-y-2">
          <div className="flex items-center justify-between gap-2">
            <h3 id={`answers-${step}`} className="font-semibold">{t(`steps.${step}`)}</h3>
            {onEdit ? (
              <button type="button" onClick={() => onEdit(index)} className="min-h-11 rounded-md px-3 text-brand-700 underline">
                {t('actions.editStep')}<span className="sr-only"> — {t(`steps.${step}`)}</span>
              </button>
            ) : null}
          </div>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
            {sections[step].map(([label, value], i) => (
              <div key={i} className="contents">
                <dt className="font-medium text-stone-800">{label}</dt>
                <dd className="mb-2 whitespace-pre-line break-words sm:mb-0">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
