'use client';

import { useEffect, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode, FieldErrors } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { postCommand } from '@/lib/command-client';
import { saveRegistrationDraft, updateRegistration } from '../actions';
import { STEP_FIELDS, STEPS } from '../choices';
import type { RegistrationContext, RegistrationFormValues } from '../schema';
import { AnswersList } from './answers-list';
import { CheckboxField } from './choice-inputs';
import type { FormOptions } from './types';
import { IdentityStep, ParticipationStep, TravelStep, VisaStep } from './wizard-steps';
import { ErrorFocus } from '@/components/ui/error-focus';

type Props = {
  mode: 'create' | 'edit';
  slug: string;
  registrationId?: string;
  context: RegistrationContext;
  options: FormOptions;
  initialValues: RegistrationFormValues;
  initialStep: number;
  resumed: boolean;
};

const LAST = STEPS.length - 1;
const VISA_FIELDS = ['nationality', 'passportNumber', 'passportExpiry', 'dateOfBirth'] as const;
const BURSARY_FIELDS = ['bursaryAmount', 'bursaryReason'] as const;

/** The step's own values, as typed; sections switched off are sent empty (nothing hidden is kept). */
function stepValues(step: number, values: RegistrationFormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of STEP_FIELDS[STEPS[step]]) out[key] = values[key as keyof RegistrationFormValues];
  if (STEPS[step] === 'visa') {
    if (!values.visaLetterRequested) for (const k of VISA_FIELDS) out[k] = '';
    if (!values.bursaryRequested) for (const k of BURSARY_FIELDS) out[k] = '';
  }
  return out;
}

function stepOfField(path: string): number {
  const root = path.split('.')[0];
  const index = STEPS.findIndex((s) => STEP_FIELDS[s].includes(root));
  return index === -1 ? LAST : index;
}

/**
 * The multi-step registration form. Each "continue" validates the step with
 * the same schema as the server and saves it as a draft on the server; the
 * last step sends the whole form, parsed again by the server action.
 */
export function RegistrationWizard({ mode, slug, registrationId, context, options, initialValues, initialStep, resumed }: Props) {
  const t = useTranslations('registration');
  const tn = useTranslations('people.register');
  const message = useValidationMessage();
  const router = useRouter();
  const [step, setStep] = useState(initialStep);
  const stepRef = useRef(initialStep);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const pendingErrors = useRef<FieldErrors | null>(null);
  // The schemas (zod) load apart from the page: on the first focus in the form, or the first "continue".
  const resolvers = useRef<{ context: RegistrationContext; load: Promise<Resolver<RegistrationFormValues>[]> } | null>(null);
  const loadResolvers = () => {
    if (resolvers.current?.context !== context) resolvers.current = { context, load: import('./wizard-resolver').then((m) => m.stepResolvers(context)) };
    return resolvers.current.load;
  };
  const resolver: Resolver<RegistrationFormValues> = async (values, ctx, opts) => (await loadResolvers())[stepRef.current]!(values, ctx, opts);
  const form = useForm<RegistrationFormValues>({ resolver, defaultValues: initialValues, shouldFocusError: true });
  const { isSubmitting } = form.formState;

  const goTo = (next: number) => {
    moved.current = true;
    stepRef.current = next;
    setStep(next);
  };

  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
    if (pendingErrors.current) {
      for (const [path, messages] of Object.entries(pendingErrors.current)) form.setError(path as never, { type: 'server', message: messages[0] });
      pendingErrors.current = null;
    }
  }, [step, form]);

  const showServerErrors = (fieldErrors: FieldErrors | undefined) => {
    const paths = Object.keys(fieldErrors ?? {});
    if (paths.length === 0) return;
    const first = Math.min(...paths.map(stepOfField));
    if (first !== stepRef.current) {
      pendingErrors.current = fieldErrors!;
      goTo(first);
    } else {
      for (const [path, messages] of Object.entries(fieldErrors!)) form.setError(path as never, { type: 'server', message: messages[0] });
    }
  };

  const submitStep = async () => {
    setCode(null);
    const values = form.getValues();
    if (step < LAST) {
      if (mode === 'create') {
        const result = await saveRegistrationDraft({ slug, step: STEPS[step], values: stepValues(step, values) });
        if (!result.ok) {
          showServerErrors(result.fieldErrors);
          return setCode(result.code);
        }
        setSaved(true);
      }
      return goTo(step + 1);
    }
    const all = { ...values } as Record<string, unknown>;
    for (let s = 0; s < LAST; s++) Object.assign(all, stepValues(s, values));
    const result = mode === 'create' || !registrationId
      ? await postCommand<{ referenceNumber: string; status: string }>(`/api/events/${encodeURIComponent(slug)}/registrations`, { values: all, locale: options.locale })
      : await updateRegistration({ registrationId, values: all });
    if (result.ok) {
      const flag = mode === 'create' ? 'done' : 'updated';
      return router.push(`/my/registrations/${slug}?${flag}=1`);
    }
    showServerErrors(result.fieldErrors);
    setCode(result.code);
  };
  // handleSubmit is called at submit time, not during render (refs are read then).
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => void form.handleSubmit(submitStep)(event);

  const title = t(`steps.${STEPS[step]}`);
  return (
    <div className="space-y-4">
      <nav aria-label={t('stepsLabel')}>
        <p className="text-sm font-medium text-stone-700" data-testid="step-progress">{t('progress', { current: step + 1, total: STEPS.length })}</p>
        <ol className="mt-2 flex gap-1" >
          {STEPS.map((s, i) => (
            <li key={s} aria-current={i === step ? 'step' : undefined} className={`h-2 flex-1 rounded-full ${i <= step ? 'bg-brand-700' : 'bg-stone-300'}`}>
              <span className="sr-only">{t(`steps.${s}`)}</span>
            </li>
          ))}
        </ol>
      </nav>
      {resumed && step === initialStep && !saved ? <Alert tone="info" testId="draft-resumed">{t('resumed')}</Alert> : null}
      {saved && step < LAST ? <Alert tone="success" live testId="draft-saved">{t('saved')}</Alert> : null}
      <form onSubmit={onSubmit} onFocusCapture={() => void loadResolvers()} noValidate className="space-y-5" data-testid="registration-form">
        <ErrorFocus formState={form.formState} />
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none focus-visible:ring-2 focus-visible:ring-brand-700" data-testid="step-title">
          {title}
        </h2>
        <FormError code={code} />
        {step === 0 ? <IdentityStep form={form} options={options} message={message} /> : null}
        {step === 1 ? <ParticipationStep form={form} options={options} message={message} /> : null}
        {step === 2 ? <TravelStep form={form} options={options} message={message} /> : null}
        {step === 3 ? <VisaStep form={form} options={options} message={message} /> : null}
        {step === LAST ? (
          <div className="space-y-5">
            <p>{t('review.lead')}</p>
            <AnswersList values={form.getValues()} options={options} onEdit={goTo} />
            <section aria-labelledby="privacy-title" className="space-y-2 rounded-md border border-stone-300 bg-stone-50 p-4">
              <h3 id="privacy-title" className="font-semibold">{t('review.privacyTitle')}</h3>
              <p lang={options.privacyNoticeLang} className="whitespace-pre-line text-sm">{options.privacyNotice}</p>
            </section>
            <CheckboxField id="consent" label={t('fields.consent', { version: options.privacyVersion })} error={message(form.formState.errors.consent?.message)} {...form.register('consent')} />
            {mode === 'create' ? (
              <section aria-labelledby="after-submit" className="space-y-2 rounded-md border-l-4 border-sky-700 bg-sky-50 p-4 text-sky-950" data-testid="after-submit">
                <h3 id="after-submit" className="font-semibold">{tn('nextTitle')}</h3>
                <ol className="list-decimal space-y-1 pl-5 text-sm">
                  <li>{tn('next1')}</li>
                  <li>{tn('next2')}</li>
                  <li>{tn('next3')}</li>
                  <li>{tn('next4')}</li>
                </ol>
              </section>
            ) : null}
          </div>
        ) : null}
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
          {step > 0 ? (
            <Button variant="secondary" onClick={() => goTo(step - 1)} disabled={isSubmitting}>
              {t('actions.back')}
            </Button>
          ) : <span />}
          <Button type="submit" disabled={isSubmitting} data-testid="step-submit">
            {isSubmitting
              ? t(step < LAST ? 'actions.saving' : 'actions.submitting')
              : t(step < LAST ? 'actions.next' : mode === 'create' ? 'actions.submit' : 'actions.saveChanges')}
          </Button>
        </div>
      </form>
    </div>
  );
}
