import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageTitle } from '@/components/ui/card';
import { formatInstant } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { localeParam } from '@/lib/i18n/params';
import { Link } from '@/lib/i18n/navigation';
import { requireRolePage } from '@/features/auth/loaders';
import { getOutboxMessage } from '@/features/email/data';

export default async function OutboxMessagePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeParam(params);
  const { id } = await params;
  const actor = await requireRolePage(locale, `/staff/outbox/${id}`, 'ORGANIZER', 'SECRETARIAT');
  const t = await getTranslations('staff');
  const message = await getOutboxMessage(actor, id).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  return (
    <>
      <PageTitle>{message.subject}</PageTitle>
      <Card className="space-y-4">
        <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium">{t('outbox.to')}</dt>
          <dd>{message.to}</dd>
          <dt className="font-medium">{t('outbox.date')}</dt>
          <dd>{formatInstant(message.createdAt, locale, 'UTC')}</dd>
          <dt className="font-medium">{t('outbox.status')}</dt>
          <dd>{t(`outbox.statuses.${message.status}`)}</dd>
        </dl>
        {message.withheld ? (
          <Alert tone="warning">{t('outbox.withheld')}</Alert>
        ) : (
          // Plain text, rendered as text: links are made clickable without trusting any HTML.
          <div lang={message.locale} data-testid="email-body" className="whitespace-pre-wrap break-words rounded bg-stone-100 p-4 font-mono text-sm">
            {message.text.split(/(https?:\/\/\S+)/g).map((part, i) =>
              /^https?:\/\//.test(part) ? (
                <a key={i} href={part} className="text-brand-700 underline">
                  {part}
                </a>
              ) : (
                part
              ),
            )}
          </div>
        )}
      </Card>
      <p className="mt-4">
        <Link href="/staff/outbox" className="text-brand-700 underline">
          {t('outbox.back')}
        </Link>
      </p>
    </>
  );
}
