'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** A read-only URL with a copy button (the field stays selectable without JS). */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useTranslations('agenda');
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <div className="flex flex-wrap gap-2 sm:flex-nowrap">
        <Input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="font-mono text-sm" />
        <Button
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {t('copy')}
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-brand-700">
        {copied ? t('copied') : ''}
      </p>
    </div>
  );
}
