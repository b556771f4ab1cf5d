import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card, PageTitle } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { collectPersonalData, type PersonalData } from '@/features/personal-data/data';
import { canDeleteOwnAccount } from '@/features/personal-data/policy';
import { ANSWER_FIELDS, consentContextKey, showValue } from '@/features/personal-data/format';
import { DeleteAccountForm } from '@/features/personal-data/components/delete-account-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('myData'))('title') };
}

type Registration = PersonalData['registrations'][number];

export default async function MyDataPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const actor = await requireUserPage(locale, '/account/data');
  const t = await getTranslations('myData');
  const tReg = await getTranslations('registration');
  const data = (await collectPersonalData(actor.id))!;
  const yesNo = (v: boolean) => tReg(v ? 'yes' : 'no');
  const title = (value: unknown) => localized(value, locale, ['fr', 'en', 'es', 'pt']);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
      <p className="flex flex-wrap gap-3">
        <a href="/api/account/data" download className={buttonClass('primary')} data-testid="download-my-data">
          {t('downloadJson')}
        </a>
        <a href={`/api/account/data/pdf?locale=${locale}`} download className={buttonClass('secondary')} data-testid="download-my-data-pdf">
          {t('downloadPdf')}
        </a>
      </p>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t('sections.account')}</h2>
        <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t('account.name')}</dt>
          <dd data-testid="my-data-name">{data.account.name}</dd>
          <dt className="font-medium">{t('account.email')}</dt>
          <dd className="break-all">{data.account.email}</dd>
          <dt className="font-medium">{t('account.language')}</dt>
          <dd>{data.account.locale}</dd>
          <dt className="font-medium">{t('account.createdAt')}</dt>
          <dd>{formatInstant(data.account.createdAt, locale, 'UTC')}</dd>
        </dl>
      </Card>

      <section className="space-y-3" aria-labelledby="my-registrations">
        <h2 id="my-registrations" className="text-lg font-semibold">{t('sections.registrations')}</h2>
        {data.registrations.length === 0 ? <p>{t('none')}</p> : null}
        {data.registrations.map((r: Registration) => (
          <Card key={r.id} className="space-y-3">
            <h3 className="font-semibold">
              {title(r.event.title)} — <span className="font-mono">{r.referenceNumber}</span> ({tReg(`statuses.${r.status}`)})
            </h3>
            <dl className="grid gap-1 text-sm sm:grid-cols-[12rem_1fr]">
              {ANSWER_FIELDS.map((field) => (
                <div key={field} className="contents">
                  <dt className="font-medium">{tReg(`fields.${field}`)}</dt>
                  <dd className="break-words">{showValue(r[field], field, locale, r.event.timeZone, yesNo)}</dd>
                </div>
              ))}
              <dt className="font-medium">{t('registration.customAnswers')}</dt>
              <dd className="break-words">{showValue(r.customAnswers, 'customAnswers', locale, r.event.timeZone, yesNo)}</dd>
              <dt className="font-medium">{t('registration.delegation')}</dt>
              <dd>{r.delegation ? r.delegation.name : '—'}</dd>
            </dl>
            {r.enrollments.length > 0 ? (
              <Table caption={t('sections.enrolments')} head={[t('enrolments.session'), t('enrolments.when'), t('enrolments.status')]}>
                {r.enrollments.map((e, i) => (
                  <tr key={i}>
                    <Td>{title(e.session.title)}</Td>
                    <Td>{formatInstant(e.session.startsAt, locale, r.event.timeZone)}</Td>
                    <Td>{e.status}</Td>
                  </tr>
                ))}
              </Table>
            ) : null}
          </Card>
        ))}
      </section>

      <section className="space-y-3" aria-labelledby="my-consents">
        <h2 id="my-consents" className="text-lg font-semibold">{t('sections.consents')}</h2>
        {data.consents.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <Table caption={t('sections.consents')} head={[t('consents.when'), t('consents.event'), t('consents.version'), t('consents.context')]}>
            {data.consents.map((c, i) => (
              <tr key={i} data-testid="consent-row">
                <Td>{formatInstant(c.createdAt, locale, 'UTC')}</Td>
                <Td>{c.event ? title(c.event.title) : '—'}</Td>
                <Td>{c.noticeVersion}</Td>
                <Td>{t(`consents.contexts.${consentContextKey(c.context)}`)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="my-emails">
        <h2 id="my-emails" className="text-lg font-semibold">{t('sections.emails')}</h2>
        {data.emails.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <Table caption={t('sections.emails')} head={[t('emails.when'), t('emails.subject'), t('emails.status')]}>
            {data.emails.map((m, i) => (
              <tr key={i}>
                <Td>{formatInstant(m.createdAt, locale, 'UTC')}</Td>
                <Td>{m.subject}</Td>
                <Td>{m.status}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="my-audit">
        <h2 id="my-audit" className="text-lg font-semibold">{t('sections.audit')}</h2>
        {data.auditAboutMe.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <Table caption={t('sections.audit')} head={[t('audit.when'), t('audit.action'), t('audit.by')]}>
            {data.auditAboutMe.map((a, i) => (
              <tr key={i}>
                <Td>{formatInstant(a.createdAt, locale, 'UTC')}</Td>
                <Td className="font-mono">{a.action}</Td>
                <Td>{t(`audit.byWhom.${a.by}`)}</Td>
              </tr>
            ))}
          </Table>
        )}
        <p className="text-sm text-stone-700">{t('jsonHasMore')}</p>
      </section>

      {canDeleteOwnAccount(actor.role) ? (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{t('delete.title')}</h2>
          <p>{t('delete.explain')}</p>
          <DeleteAccountForm />
        </Card>
      ) : null}
    </div>
  );
}
