import type { ReactNode } from 'react';
import { cn } from './cn';

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn('rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6', className)}>{children}</div>;
}

export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6 space-y-2">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{children}</h1>
      {lead ? <p className="text-stone-700">{lead}</p> : null}
    </div>
  );
}

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'green' | 'amber' | 'red' | 'blue' }) {
  const tones = {
    neutral: 'bg-stone-200 text-stone-900',
    green: 'bg-brand-100 text-brand-800',
    amber: 'bg-amber-100 text-amber-900',
    red: 'bg-red-100 text-red-900',
    blue: 'bg-sky-100 text-sky-900',
  };
  return <span className={cn('inline-block rounded-full px-2.5 py-0.5 text-sm font-medium', tones[tone])}>{children}</span>;
}
