'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FieldErrors } from 'react-hook-form';

function countErrors(errors: FieldErrors | undefined): number {
  let n = 0;
  for (const value of Object.values(errors ?? {})) {
    if (!value || typeof value !== 'object') continue;
    if ('message' in value || 'type' in value) n += 1;
    else n += countErrors(value as FieldErrors);
  }
  return n;
}

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** The first control marked invalid in `form`, in document order (a group gives its first control). */
export function firstInvalidControl(form: HTMLElement): HTMLElement | null {
  const marked = form.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
  if (!marked) return null;
  return marked.matches(FOCUSABLE) ? marked : marked.querySelector<HTMLElement>(FOCUSABLE);
}

/** What ErrorFocus reads of a react-hook-form FormState (a form without react-hook-form passes the same). */
type SubmitState = { isSubmitting: boolean; submitCount: number; errors: object };

/**
 * Put inside every react-hook-form <form>: after a submit that ends with errors
 * (the browser's own check or the server's field errors), moves the focus to the
 * first invalid field, scrolled to the middle of the screen (a phone keyboard and
 * a sticky header must not hide it), and announces how many answers need
 * attention. Nothing moves while the person types.
 */
export function ErrorFocus({ formState }: { formState: SubmitState }) {
  const t = useTranslations('people.errors');
  const anchor = useRef<HTMLSpanElement>(null);
  const seen = useRef(0);
  const [announce, setAnnounce] = useState<{ count: number; at: number } | null>(null);
  const { isSubmitting, errors, submitCount } = formState;
  const count = countErrors(errors as FieldErrors);

  useEffect(() => {
    // submitCount grows when a submit ends (after the server's field errors are set).
    if (isSubmitting || submitCount === seen.current) return;
    seen.current = submitCount;
    if (count === 0) return;
    // After React has rendered the messages and aria-invalid attributes.
    const frame = requestAnimationFrame(() => {
      const form = anchor.current?.closest('form');
      const target = form ? firstInvalidControl(form) : null;
      if (target) {
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'center' });
      }
      setAnnounce({ count, at: submitCount });
    });
    return () => cancelAnimationFrame(frame);
  }, [isSubmitting, count, submitCount]);

  return (
    <span ref={anchor} role="alert" className="sr-only" data-testid="error-announcer">
      {announce && count > 0 ? t('summary', { count: announce.count }) : ''}
    </span>
  );
}
