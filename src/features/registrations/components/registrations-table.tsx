'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import type { RegistrationStatus } from '@/lib/db-types';
import { DecisionForm } from './decision-form';
import { statusTone } from './status-badge';

export type StaffRow = {
  id: string; referenceNumber: string; status: RegistrationStatus; name: string; email: string; country: string;
  participantType: string; organization: string; visa: boolean; bursary: boolean;
};

/** The staff list with row selection and, for the secretariat, a bulk decision. */
export function RegistrationsTable({ rows, slug, canDecide, caption }: { rows: StaffRow[]; slug: string; canDecide: boolean; caption: string }) {
  const t = useTranslations('registrationAdmin');
  const tReg = useTranslations('registration');
  const [selected, setSelected] = useState<string[]>([]);
  const all = rows.length > 0 && selected.length === rows.length;
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const head = [
    ...(canDecide ? [<input key="all" type="checkbox" className="h-5 w-5" aria-label={t('list.selectAll')} checked={all} onChange={(e) => setSelected(e.target.checked ? rows.map((r) => r.id) : [])} />] : []),
    t('list.reference'), t('list.name'), t('list.country'), t('list.type'), t('list.status'), t('list.requests'),
  ];
  return (
    <div className="space-y-4">
      {canDecide ? <DecisionForm ids={selected} idPrefix="bulk" legend={t('bulk.legend', { count: selected.length })} /> : null}
      <Table caption={caption} head={head}>
        {rows.map((r) => (
          <tr key={r.id} data-testid="registration-row">
            {canDecide ? (
              <Td>
                <input type="checkbox" className="h-5 w-5" aria-label={t('list.select', { name: r.name })} checked={selected.includes(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} />
              </Td>
            ) : null}
            <Td className="font-mono whitespace-nowrap">
              <Link href={`/staff/events/${slug}/registrations/${r.id}`} className="text-brand-700 underline">{r.referenceNumber}</Link>
            </Td>
            <Td>
              <span className="block">{r.name}</span>
              <span className="block break-all text-stone-700">{r.email}</span>
              <span className="block text-stone-700">{r.organization}</span>
            </Td>
            <Td>{r.country}</Td>
            <Td>{tReg(`participantTypes.${r.participantType}` as 'participantTypes.DELEGATE')}</Td>
            <Td><Badge tone={statusTone(r.status)}>{tReg(`statuses.${r.status}`)}</Badge></Td>
            <Td>{[r.visa ? t('list.visaShort') : null, r.bursary ? t('list.bursaryShort') : null].filter(Boolean).join(', ')}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
