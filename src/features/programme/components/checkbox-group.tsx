'use client';

import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

/** A fieldset of checkboxes bound to a string[] form value (works with 0, 1 or many options). */
export function CheckboxGroup<T extends FieldValues>({
  control,
  name,
  legend,
  hint,
  options,
  error,
  columns = 'sm:grid-cols-2',
}: {
  control: Control<T>;
  name: Path<T>;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string; lang?: string }[];
  error?: string;
  columns?: string;
}) {
  const { field } = useController({ control, name });
  const selected: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const base = String(name).replace(/\W+/g, '-');
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${base}-error` : hint ? `${base}-hint` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint ? (
        <p id={`${base}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <div className={`grid gap-1 ${columns}`}>
        {options.map((option) => {
          const id = `${base}-${option.value}`;
          return (
            <label key={option.value} htmlFor={id} className="flex min-h-11 items-center gap-2 rounded px-1 hover:bg-stone-100">
              <input
                id={id}
                type="checkbox"
                className="size-5"
                checked={selected.includes(option.value)}
                onChange={(e) => field.onChange(e.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value))}
                onBlur={field.onBlur}
              />
              <span lang={option.lang}>{option.label}</span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={`${base}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
