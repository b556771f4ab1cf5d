'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Dialog } from 'radix-ui';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/alert';
import { DEFAULT_COLUMNS, type ColumnKey } from '../columns';
import { EXPORT_FORMATS, type ExportFormat } from '../schema';

type Props = {
  /** `/api/exports/<slug>/attendees`, without a query string. */
  endpoint: string;
  /** The list's filter as query parameters (the same ones the list page uses). */
  filterQuery: string;
  locale: string;
  /** Columns this person may export (the server checks again). */
  columns: { key: ColumnKey; label: string; sensitive: boolean }[];
  total: number;
};

type Progress = { rows: number; bytes: number } | null;

function filenameOf(header: string | null, fallback: string): string {
  const star = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** Counts CRLF record ends in a chunk (approximate rows of a CSV being received). */
function countRecords(chunk: Uint8Array, previousLast: number): number {
  let n = 0;
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10 && (i > 0 ? chunk[i - 1] : previousLast) === 13) n++;
  return n;
}

/**
 * The export dialog: format and columns, then the file is fetched as a stream
 * so the dialog can show progress (rows for CSV, bytes otherwise) and saved
 * when complete. The download URL carries the same filter as the list.
 */
export function ExportDialog({ endpoint, filterQuery, locale, columns, total }: Props) {
  const t = useTranslations('exports.dialog');
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [chosen, setChosen] = useState<ColumnKey[]>(DEFAULT_COLUMNS.filter((c) => columns.some((o) => o.key === c)));
  const [progress, setProgress] = useState<Progress>(null);
  const [status, setStatus] = useState<'idle' | 'running' | 'done' | 'error'>('idle');
  const abort = useRef<AbortController | null>(null);

  const toggle = (key: ColumnKey) => setChosen((current) => (current.includes(key) ? current.filter((c) => c !== key) : [...current, key]));
  const ordered = columns.filter((c) => chosen.includes(c.key)).map((c) => c.key);

  async function download() {
    if (ordered.length === 0) return;
    const params = new URLSearchParams(filterQuery);
    params.set('format', format);
    params.set('columns', ordered.join(','));
    params.set('locale', locale);
    const controller = new AbortController();
    abort.current = controller;
    setStatus('running');
    setProgress({ rows: 0, bytes: 0 });
    try {
      const response = await fetch(`${endpoint}?${params}`, { signal: controller.signal, cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const reader = response.body.getReader();
      const chunks: BlobPart[] = [];
      let rows = 0;
      let bytes = 0;
      let last = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.length;
        if (format === 'csv') rows += countRecords(value, last);
        last = value[value.length - 1] ?? last;
        setProgress({ rows: Math.max(0, rows - 1), bytes });
      }
      const blob = new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filenameOf(response.headers.get('Content-Disposition'), `export.${format}`);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      setStatus('done');
    } catch {
      if (!controller.signal.aborted) setStatus('error');
      else setStatus('idle');
    } finally {
      abort.current = null;
    }
  }

  const busy = status === 'running';
  const percent = format === 'csv' && progress && total > 0 ? Math.min(100, Math.round((progress.rows / total) * 100)) : undefined;

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) abort.current?.abort();
        setOpen(next);
        if (next) setStatus('idle');
      }}
    >
      <Dialog.Trigger asChild>
        <Button data-testid="open-export">{t('open')}</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/50" />
        <Dialog.Content className="fixed inset-x-2 top-4 z-50 mx-auto max-h-[calc(100dvh-2rem)] max-w-2xl overflow-y-auto rounded-lg bg-white p-4 shadow-xl sm:top-10 sm:p-6">
          <Dialog.Title className="text-xl font-bold">{t('title')}</Dialog.Title>
          <Dialog.Description className="mt-1 text-stone-700">{t('description', { count: total })}</Dialog.Description>
          <fieldset className="mt-4">
            <legend className="font-semibold">{t('format')}</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {EXPORT_FORMATS.map((f) => (
                <label key={f} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-400 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} className="size-5" disabled={busy} />
                  {t(`formats.${f}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="mt-4">
            <legend className="font-semibold">{t('columns')}</legend>
            <div className="mt-2 flex gap-2">
              <Button variant="ghost" onClick={() => setChosen(columns.map((c) => c.key))} disabled={busy}>
                {t('selectAll')}
              </Button>
              <Button variant="ghost" onClick={() => setChosen([])} disabled={busy}>
                {t('selectNone')}
              </Button>
            </div>
            <div className="mt-2 grid gap-1 sm:grid-cols-2">
              {columns.map((c) => (
                <label key={c.key} className="flex min-h-11 cursor-pointer items-center gap-2">
                  <input type="checkbox" className="size-5" checked={chosen.includes(c.key)} onChange={() => toggle(c.key)} disabled={busy} data-column={c.key} />
                  <span>
                    {c.label}
                    {c.sensitive ? <span className="ml-1 text-sm font-medium text-red-800">({t('sensitive')})</span> : null}
                  </span>
                </label>
              ))}
            </div>
            {columns.some((c) => c.sensitive) ? <p className="mt-2 text-sm text-stone-700">{t('sensitiveNote')}</p> : null}
          </fieldset>
          <div className="mt-4 space-y-2" aria-live="polite">
            {ordered.length === 0 ? <p className="text-sm text-red-800">{t('noColumns')}</p> : null}
            {busy && progress ? (
              <div data-testid="export-progress">
                <progress className="w-full" max={100} value={percent} aria-label={t('progressLabel')} />
                <p className="text-sm">{format === 'csv' ? t('progressRows', { done: progress.rows, total }) : t('progressBytes', { size: (progress.bytes / 1_048_576).toFixed(1) })}</p>
              </div>
            ) : null}
            {status === 'done' ? (
              <Alert tone="success" testId="export-done">
                {t('done')}
              </Alert>
            ) : null}
            {status === 'error' ? (
              <Alert tone="error" testId="export-error">
                {t('failed')}
              </Alert>
            ) : null}
          </div>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary">{busy ? t('cancel') : t('close')}</Button>
            </Dialog.Close>
            <Button onClick={download} disabled={busy || ordered.length === 0} data-testid="export-download">
              {busy ? t('preparing') : t('download')}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
