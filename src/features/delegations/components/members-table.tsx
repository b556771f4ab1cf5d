import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import type { MemberRow } from '../data';
import { MemberActions } from './member-actions';
import { memberTone } from './status';

/** The members of a delegation with where each stands; actions only for its head while it is approved. */
export async function MembersTable({ delegationId, members, withActions, caption }: { delegationId: string; members: MemberRow[]; withActions: boolean; caption: string }) {
  const t = await getTranslations('delegations');
  const head = [t('head.columns.name'), t('head.columns.email'), t('head.columns.status'), t('head.columns.reference'), t('head.columns.documents'), ...(withActions ? [t('head.columns.actions')] : [])];
  return (
    <Table caption={caption} head={head}>
      {members.map((m) => {
        const name = `${m.firstName} ${m.lastName}`.trim();
        const notYet = m.status === 'INVITED' || m.status === 'ACCOUNT_CREATED' || m.status === 'INCOMPLETE';
        return (
          <tr key={m.key} data-testid="member-row" data-email={m.email}>
            <Td className="font-medium">{name}</Td>
            <Td className="break-all">{m.email}</Td>
            <Td>
              <span data-testid="member-status">
                <Badge tone={memberTone(m.status)}>{t(`memberStatus.${m.status}`)}</Badge>
              </span>
            </Td>
            <Td className="font-mono">{m.referenceNumber ?? ''}</Td>
            <Td>
              {[m.visaLetterPending ? t('head.visa') : null, m.bursaryPending ? t('head.bursary') : null].filter(Boolean).join(', ')}
            </Td>
            {withActions ? (
              <Td>
                <MemberActions delegationId={delegationId} inviteId={notYet || m.status === 'NOT_ATTACHED' ? m.inviteId : null} registrationId={m.registrationId} canResend={m.status === 'INVITED'} name={name} />
              </Td>
            ) : null}
          </tr>
        );
      })}
    </Table>
  );
}
