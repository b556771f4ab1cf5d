'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { commitImport, previewImport, type ImportPreview, type ImportResult } from '../actions';
import type { ReportRow } from '../import-report';

const SHOWN_PROBLEMS = 200;
/** The same limit as the server (import-file.ts); the server checks it again. */
const MAX_BYTES = 1_000_000;
const ISSUES = ['ok', 'invalid', 'duplicateInFile', 'alreadyInvited', 'overQuota'] as const;

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'importing'; count: number };

/**
 * Upload -> per-row report (nothing written) -> confirm. The confirm sends the
 * same file again with the hash of the checked one: the server checks it again
 * and imports every valid row in one transaction.
 */
export function ImportForm({ delegationId }: { delegationId: string }) {
  const t = useTranslations('delegations.import');
  const tFields = useTranslations('delegations.fields');
  const message = useValidationMessage();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [imported, setImported] = useState<number | null>(null);

  const formData = (f: File, hash?: string) => {
    const fd = new FormData();
    fd.set('delegationId', delegationId);
    fd.set('file', f);
    if (hash) fd.set('fileHash', hash);
    return fd;
  };

  const handle = (result: Awaited<ReturnType<typeof previewImport>>): ImportResult | null => {
    if (!result.ok) {
      setCode(result.code === 'CONFLICT' ? null : result.code);
      if (result.code === 'CONFLICT') setProblem(t('changed'));
      return null;
    }
    if (!result.data.ok) {
      setProblem(t(`fileProblems.${result.data.problem}`, { columns: (result.data.missing ?? []).join(', ') }));
      return null;
    }
    return result.data;
  };

  const check = async (e: React.FormEvent) => {
    e.preventDefault();
    const chosen = input.current?.files?.[0] ?? null;
    setCode(null);
    setProblem(null);
    setPreview(null);
    setImported(null);
    if (!chosen) return setProblem(message('delegations.fileRequired') ?? null);
    // Checked here too: a body over the server's limit never reaches the action.
    if (chosen.size > MAX_BYTES) return setProblem(t('fileProblems.tooLarge'));
    setFile(chosen);
    setPhase({ kind: 'reading' });
    const data = await previewImport(formData(chosen)).then(handle, () => (setCode('INTERNAL'), null));
    setPhase({ kind: 'idle' });
    if (data?.ok) setPreview(data.preview);
  };

  const confirm = async () => {
    if (!file || !preview) return;
    setCode(null);
    setProblem(null);
    setPhase({ kind: 'importing', count: preview.counts.ok });
    const data = await commitImport(formData(file, preview.fileHash)).then(handle, () => (setCode('INTERNAL'), null));
    setPhase({ kind: 'idle' });
    if (data?.ok) {
      setImported(data.preview.imported ?? 0);
      setPreview(null);
      router.refresh();
    } else setPreview(null);
  };

  const issueText = (r: ReportRow) => {
    if (r.issue !== 'invalid') return t(`issues.${r.issue!}`);
    return Object.entries(r.errors ?? {})
      .map(([field, msgs]) => `${tFields.has(field as never) ? tFields(field as never) : field}: ${message(msgs[0])}`)
      .join(' ; ');
  };

  const busy = phase.kind !== 'idle';
  return (
    <div className="space-y-4">
      <form onSubmit={check} noValidate className="space-y-3" data-testid="import-form">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-medium">{t('file')}</label>
          <input
            id="import-file"
            ref={input}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block w-full min-h-11 rounded-md border border-stone-400 bg-white p-2"
            onChange={() => { setPreview(null); setImported(null); setProblem(null); }}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={busy}>{t('preview')}</Button>
      </form>

      {busy ? (
        <div role="status" className="space-y-2" data-testid="import-progress">
          <p>{phase.kind === 'reading' ? t('reading') : t('importing', { count: phase.count })}</p>
          <progress className="h-3 w-full" aria-label={phase.kind === 'reading' ? t('reading') : t('importing', { count: phase.kind === 'importing' ? phase.count : 0 })} />
        </div>
      ) : null}
      <FormError code={code} />
      {problem ? <Alert tone="error" live testId="import-problem">{problem}</Alert> : null}
      {imported !== null ? <Alert tone="success" live testId="import-done">{t('done', { count: imported })}</Alert> : null}

      {preview ? (
        <section aria-labelledby="import-report" className="space-y-3" data-testid="import-report">
          <h2 id="import-report" className="text-lg font-semibold">{t('report')}</h2>
          <p>{t('total', { count: preview.total })}</p>
          <ul className="list-inside list-disc">
            {ISSUES.filter((k) => k === 'ok' || preview.counts[k] > 0).map((k) => (
              <li key={k} data-testid={`import-count-${k}`}>{t(`counts.${k}`, { count: preview.counts[k] })}</li>
            ))}
          </ul>
          {preview.unknownColumns.length > 0 ? <p className="text-sm text-stone-700">{t('unknownColumns', { columns: preview.unknownColumns.join(', ') })}</p> : null}
          {preview.problems.length > 0 ? (
            <RowTable caption={t('problems')} rows={preview.problems.slice(0, SHOWN_PROBLEMS)} lineLabel={t('line')} problemLabel={t('problem')} nameLabel={tFields('lastName')} emailLabel={tFields('email')} describe={issueText} />
          ) : null}
          {preview.problems.length > SHOWN_PROBLEMS ? <p>{t('problemsMore', { count: preview.problems.length - SHOWN_PROBLEMS })}</p> : null}
          {preview.sample.length > 0 ? (
            <RowTable caption={t('sample')} rows={preview.sample} lineLabel={t('line')} nameLabel={tFields('lastName')} emailLabel={tFields('email')} />
          ) : null}
          {preview.counts.ok > 0 ? (
            <Button onClick={confirm} disabled={busy} data-testid="import-confirm">{t('confirm', { count: preview.counts.ok })}</Button>
          ) : (
            <p>{t('nothing')}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

function RowTable({ caption, rows, lineLabel, nameLabel, emailLabel, problemLabel, describe }: { caption: string; rows: ReportRow[]; lineLabel: string; nameLabel: string; emailLabel: string; problemLabel?: string; describe?: (r: ReportRow) => string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full divide-y divide-stone-200 text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2">{lineLabel}</th>
            <th scope="col" className="px-3 py-2">{nameLabel}</th>
            <th scope="col" className="px-3 py-2">{emailLabel}</th>
            {describe ? <th scope="col" className="px-3 py-2">{problemLabel}</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((r) => (
            <tr key={r.line} data-testid={`import-row-${r.line}`}>
              <td className="px-3 py-2 font-mono">{r.line}</td>
              <td className="px-3 py-2">{`${r.firstName} ${r.lastName}`.trim()}</td>
              <td className="px-3 py-2 break-all">{r.email}</td>
              {describe ? <td className="px-3 py-2">{describe(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
