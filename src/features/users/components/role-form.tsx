'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { changeUserRole } from '../actions';
import { ROLES } from '../schema';

export function RoleForm({ userId, role, userName }: { userId: string; role: (typeof ROLES)[number]; userName: string }) {
  const t = useTranslations('staff.users');
  const tRoles = useTranslations('account.roles');
  const [value, setValue] = useState(role);
  const [saved, setSaved] = useState(role);
  // Shown after a change; the page re-renders with the new role as `role`, so compare nothing with it.
  const [justSaved, setJustSaved] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `role-${userId}`;
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          setCode(null);
          setJustSaved(false);
          const result = await changeUserRole({ userId, role: value });
          if (result.ok) {
            setSaved(value);
            setJustSaved(true);
          } else setCode(result.code);
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('roleOf', { name: userName })}
      </label>
      <Select
        id={id}
        value={value}
        onChange={(e) => {
          setValue(e.target.value as typeof value);
          setJustSaved(false);
        }}
        className="w-auto"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tRoles(r)}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" disabled={pending || value === saved}>
        {t('change')}
      </Button>
      <span role="status" className="text-sm text-brand-700">
        {justSaved ? t('saved') : null}
      </span>
      <FormError code={code} testId={`role-error-${userId}`} />
    </form>
  );
}
