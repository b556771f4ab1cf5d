'use client';

import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { ReactNode } from 'react';

const box = 'h-5 w-5 shrink-0 accent-brand-700';
const row = 'flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-stone-100';

/** A fieldset of checkboxes bound to an array field; the legend names the group. */
export function CheckboxGroup<T extends FieldValues>({ control, name, legend, hint, error, options, columns = 1, testId }: {
  control: Control<T>;
  name: Path<T>;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: ReactNode; lang?: string }[];
  columns?: 1 | 2;
  testId?: string;
}) {
  const { field } = useController({ control, name });
  const selected: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const id = `f-${String(name).replace(/\W/g, '-')}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy} data-testid={testId} data-invalid={error ? 'true' : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p> : null}
      <div className={columns === 2 ? 'grid gap-x-4 sm:grid-cols-2' : 'space-y-0.5'}>
        {options.map((o) => (
          <label key={o.value} className={row}>
            <input
              type="checkbox"
              className={box}
              ref={o === options[0] ? field.ref : undefined}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => field.onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
              onBlur={field.onBlur}
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
      {error ? <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** A fieldset of radio buttons bound to a string field. */
export function RadioGroup<T extends FieldValues>({ control, name, legend, hint, error, options, required, testId }: {
  control: Control<T>;
  name: Path<T>;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: ReactNode; detail?: ReactNode; description?: string; descriptionLang?: string }[];
  required?: boolean;
  testId?: string;
}) {
  const { field } = useController({ control, name });
  const id = `f-${String(name).replace(/\W/g, '-')}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy} data-testid={testId}>
      <legend className="font-medium">
        {legend}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </legend>
      {hint ? <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p> : null}
      <div role="radiogroup" aria-required={required || undefined} aria-invalid={error ? true : undefined} className="space-y-0.5">
        {options.map((o, i) => (
          <label key={o.value} className={o.description ? `${row} py-2` : row}>
            <input type="radio" className={box} name={id} value={o.value} checked={field.value === o.value} onChange={() => field.onChange(o.value)} onBlur={field.onBlur}
              ref={i === 0 ? field.ref : undefined} aria-describedby={o.description ? `${id}-${i}-desc` : undefined} />
            <span>
              {o.label}
              {o.detail ? <span className="ml-2 text-sm text-stone-700">{o.detail}</span> : null}
              {o.description ? <span id={`${id}-${i}-desc`} lang={o.descriptionLang} className="block text-sm text-stone-700">{o.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** One checkbox with its label (a yes/no choice such as "I need a visa letter"). */
export function CheckboxField({ id, label, error, testId, ...input }: { id: string; label: ReactNode; error?: string; testId?: string; ref?: React.Ref<HTMLInputElement> } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={row}>
        <input id={id} type="checkbox" className={box} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} data-testid={testId} {...input} />
        <span className="font-medium">{label}</span>
      </label>
      {error ? <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}
