import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setDelegationQuota } from '@/features/delegations/actions';
import { createRoleUsers } from '@tests/factories';
import { createHeadedDelegation } from '../factories/delegations';
import { actAs } from './helpers/session';
import { scanEntryPoints, type Found } from './helpers/gate-scan';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const MB = 'x'.repeat(1_000_000);

/** Inputs no form sends: wrong shapes, wrong types, 1 MB strings inside a plausible payload. */
const HOSTILE: unknown[] = [
  undefined,
  null,
  7,
  'a string',
  [],
  [7],
  { token: MB, email: MB, name: MB, slug: MB, eventId: MB, id: MB, delegationId: MB, registrationId: MB, sessionId: MB },
  { values: { firstName: MB, lastName: MB }, slug: MB, step: '0x8', locale: 'fr' },
  { quota: true, capacity: [7], amount: '0x8', page: '1e3', delegationId: ['a'] },
  { __proto__: { role: 'SECRETARIAT' }, constructor: { prototype: {} } },
  JSON.parse('{"a":' + '['.repeat(2000) + ']'.repeat(2000) + '}'),
];

let actions: Found[] = [];
let users: Awaited<ReturnType<typeof createRoleUsers>>;

beforeAll(async () => {
  actions = (await scanEntryPoints(SRC)).found.filter((f) => f.kind === 'action');
  users = await createRoleUsers();
});

describe('bad input never makes an error 500 (issue 10)', () => {
  it('every server action, called by the secretariat with hostile input, answers with a code — never INTERNAL, never a throw — and writes nothing', async () => {
    actAs(users.secretariat);
    const problems: string[] = [];
    for (const action of actions) {
      for (const [i, input] of HOSTILE.entries()) {
        const audits = await db.auditLog.count();
        try {
          const result = (await (action.fn as (x: unknown) => Promise<{ ok: boolean; code?: string }>)(input)) ?? {};
          if (result.ok) problems.push(`${action.key} accepted hostile input #${i}`);
          else if (result.code === 'INTERNAL') problems.push(`${action.key} → INTERNAL on hostile input #${i}`);
        } catch (error) {
          problems.push(`${action.key} threw on hostile input #${i}: ${(error as Error).message.slice(0, 120)}`);
        }
        if ((await db.auditLog.count()) !== audits) problems.push(`${action.key} wrote an audit entry on hostile input #${i}`);
      }
    }
    actAs(null);
    expect(problems).toEqual([]);
  });

  it('setDelegationQuota refuses [7], "0x8" and true; accepts "8"', async () => {
    const { delegation } = await createHeadedDelegation({ quota: 5 });
    actAs(users.secretariat);
    for (const quota of [[7], '0x8', true, '1e1', 7.5]) {
      expect(await setDelegationQuota({ delegationId: delegation.id, quota } as never), JSON.stringify(quota)).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } })).quota).toBe(5);
    expect(await setDelegationQuota({ delegationId: delegation.id, quota: '8' })).toMatchObject({ ok: true });
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } })).quota).toBe(8);
    actAs(null);
  });
});
