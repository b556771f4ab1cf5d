import { getTranslations } from 'next-intl/server';
import { Button, buttonClass } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { countryOptions } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { CHECKED_IN_VALUES, CONTINENT_VALUES, PARTICIPANT_TYPES, PAYMENT_STATUS_VALUES, REGISTRATION_STATUSES, type AttendeeFilter } from '../schema';

type Options = { delegations: { id: string; name: string }[]; sessions: { id: string; title: unknown }[] };

/** The attendee filter as a plain GET form: works without JavaScript, state lives in the URL. */
export async function AttendeeFilters({ filter, options, locale, languages, clearHref }: { filter: AttendeeFilter; options: Options; locale: AppLocale; languages: readonly AppLocale[]; clearHref: string }) {
  const t = await getTranslations('exports');
  const select = (name: keyof AttendeeFilter, values: readonly { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`f-${name}`} className="block font-medium">
        {t(`filter.${name}`)}
      </label>
      <Select id={`f-${name}`} name={name} defaultValue={filter[name] ?? ''}>
        <option value="">{t('list.all')}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </Select>
    </div>
  );
  return (
    <form role="search" aria-label={t('list.filterLabel')} className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2">
        <label htmlFor="f-q" className="block font-medium">
          {t('filter.q')}
        </label>
        <Input id="f-q" name="q" type="search" defaultValue={filter.q ?? ''} />
      </div>
      {select('status', REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`values.status.${s}`) })))}
      {select('participantType', PARTICIPANT_TYPES.map((s) => ({ value: s, label: t(`values.participantType.${s}`) })))}
      {select('continent', CONTINENT_VALUES.map((s) => ({ value: s, label: t(`values.continent.${s}`) })))}
      {select('country', countryOptions(locale).map((c) => ({ value: c.code, label: c.name })))}
      {select('delegationId', options.delegations.map((d) => ({ value: d.id, label: d.name })))}
      {select('sessionId', options.sessions.map((s) => ({ value: s.id, label: localized(s.title, locale, languages) })))}
      {select('paymentStatus', PAYMENT_STATUS_VALUES.map((s) => ({ value: s, label: t(`values.paymentStatus.${s}`) })))}
      {select('checkedIn', CHECKED_IN_VALUES.map((v) => ({ value: v, label: t(`list.checkedIn.${v}`) })))}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit" data-testid="apply-filter">
          {t('list.apply')}
        </Button>
        <Link href={clearHref} className={buttonClass('secondary')}>
          {t('list.clear')}
        </Link>
      </div>
    </form>
  );
}
