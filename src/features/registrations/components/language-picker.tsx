'use client';

import { useId, useMemo, useState } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { foldForSearch } from '@/lib/search';

const box = 'h-5 w-5 shrink-0 accent-brand-700';
const row = 'flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-stone-100';

/**
 * The ~55 languages as a checkbox list with a filter field above it: type a few
 * letters (accents and case do not matter, the code works too) and the list
 * narrows; common languages come first. Plain checkboxes in a fieldset, so it
 * works with a keyboard and a screen reader with nothing to learn; the count of
 * languages shown is announced politely, and the chosen ones stay listed above
 * even when the filter hides them.
 */
export function LanguagePicker<T extends FieldValues>({ control, name, legend, hint, error, options, testId }: {
  control: Control<T>;
  name: Path<T>;
  legend: string;
  hint?: string;
  error?: string;
  options: { code: string; name: string; common?: boolean }[];
  testId?: string;
}) {
  const t = useTranslations('people.languages');
  const uid = useId();
  const { field } = useController({ control, name });
  const selected: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const [query, setQuery] = useState('');
  const folded = foldForSearch(query.trim());
  const shown = useMemo(
    () => (folded ? options.filter((o) => foldForSearch(o.name).includes(folded) || o.code === folded) : options),
    [options, folded],
  );
  const common = shown.filter((o) => o.common);
  const others = shown.filter((o) => !o.common);
  const nameOf = new Map(options.map((o) => [o.code, o.name]));
  const toggle = (code: string, on: boolean) => field.onChange(on ? [...selected, code] : selected.filter((v) => v !== code));
  const ids = { hint: `${uid}-hint`, error: `${uid}-error`, filter: `${uid}-filter`, status: `${uid}-status` };
  const describedBy = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;

  const list = (items: typeof options, heading: string) =>
    items.length === 0 ? null : (
      <div role="group" aria-label={heading}>
        <p aria-hidden="true" className="mt-2 text-sm font-semibold text-stone-700">{heading}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {items.map((o, i) => (
            <label key={o.code} className={row}>
              <input
                type="checkbox"
                className={box}
                value={o.code}
                checked={selected.includes(o.code)}
                onChange={(e) => toggle(o.code, e.target.checked)}
                onBlur={field.onBlur}
                ref={i === 0 && items === common ? field.ref : undefined}
              />
              <span>{o.name}</span>
            </label>
          ))}
        </div>
      </div>
    );

  return (
    <fieldset className="space-y-2" aria-describedby={describedBy} data-testid={testId} data-invalid={error ? 'true' : undefined}>
      <legend className="font-medium">{legend}<span aria-hidden="true" className="text-red-700"> *</span></legend>
      {hint ? <p id={ids.hint} className="text-sm text-stone-600">{hint}</p> : null}
      {selected.length > 0 ? (
        <p className="text-sm" data-testid={testId ? `${testId}-chosen` : undefined}>{t('chosen', { list: selected.map((c) => nameOf.get(c) ?? c).join(', ') })}</p>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={ids.filter} className="block text-sm font-medium">{t('filter')}</label>
        <input
          id={ids.filter}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') e.preventDefault(); }}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={ids.status}
          className="block min-h-11 w-full rounded-md border border-stone-500 bg-white px-3 py-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700"
          data-testid={testId ? `${testId}-filter` : undefined}
        />
        <p id={ids.status} role="status" className="text-sm text-stone-600">{t('shown', { shown: shown.length, selected: selected.length })}</p>
      </div>
      <div className="max-h-96 overflow-y-auto rounded-md border border-stone-200 p-1">
        {list(common, t('common'))}
        {list(others, t('others'))}
      </div>
      {error ? <p id={ids.error} className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}
