import type { ReactNode } from 'react';
import { cn } from './cn';

const tones = {
  info: 'border-sky-700 bg-sky-50 text-sky-950',
  success: 'border-brand-700 bg-brand-50 text-brand-800',
  error: 'border-red-700 bg-red-50 text-red-900',
  warning: 'border-amber-700 bg-amber-50 text-amber-950',
} as const;

/** A message box; `live` announces it to screen readers when it appears. */
export function Alert({ tone = 'info', live, children, testId }: { tone?: keyof typeof tones; live?: boolean; children: ReactNode; testId?: string }) {
  return (
    <div
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
      data-testid={testId}
      className={cn('rounded-md border-l-4 px-4 py-3', tones[tone])}
    >
      {children}
    </div>
  );
}
