import { describe, expect, it } from 'vitest';
import { issueLettersSchema, letterQueueFilterSchema, letterSettingsSchema, revokeLetterSchema } from './schema';

const base = { eventId: 'e1', templates: { fr: '  Bonjour {name}\u0007 ', en: '' }, signatoryName: 'Fatou', signatoryTitle: '', retentionDays: '30' };

describe('visa letter schemas', () => {
  it('parses settings: trims, drops empty languages, strict whole days', () => {
    expect(letterSettingsSchema.parse(base)).toEqual({ eventId: 'e1', templates: { fr: 'Bonjour {name}' }, signatoryName: 'Fatou', signatoryTitle: '', retentionDays: 30 });
    for (const bad of ['-1', '0x1f', '1e3', '3651', '', '1.5', ' 30', '30,']) expect(letterSettingsSchema.safeParse({ ...base, retentionDays: bad }).success).toBe(false);
    expect(letterSettingsSchema.safeParse({ ...base, retentionDays: ['30'] }).success).toBe(false);
    expect(letterSettingsSchema.safeParse({ ...base, templates: { xx: 'hello' } }).success).toBe(false);
    expect(letterSettingsSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });

  it('issues by ids or by filter, nothing else', () => {
    expect(issueLettersSchema.safeParse({ eventId: 'e1', registrationIds: ['r1'] }).success).toBe(true);
    expect(issueLettersSchema.safeParse({ eventId: 'e1', filter: { nationality: 'ML', status: 'APPROVED' } }).success).toBe(true);
    expect(issueLettersSchema.safeParse({ eventId: 'e1', registrationIds: [] }).success).toBe(false);
    expect(issueLettersSchema.safeParse({ eventId: 'e1', filter: { nationality: 'ml' } }).success).toBe(false);
    expect(issueLettersSchema.safeParse({ eventId: 'e1', filter: {}, registrationIds: ['r1'] }).success).toBe(false);
    expect(issueLettersSchema.safeParse({ eventId: 'e1', filter: { status: 'ANY' } }).success).toBe(false);
  });

  it('needs a revocation reason; the queue filter ignores junk', () => {
    expect(revokeLetterSchema.safeParse({ letterId: 'l1', reason: '  \n ' }).success).toBe(false);
    expect(revokeLetterSchema.parse({ letterId: 'l1', reason: ' Faux\npasseport ' }).reason).toBe('Faux passeport');
    expect(letterQueueFilterSchema.parse({ state: 'nope', nationality: 'SN', page: '0x2', status: 'APPROVED' })).toEqual({ nationality: 'SN', status: 'APPROVED' });
    expect(letterQueueFilterSchema.parse({ page: '3' }).page).toBe(3);
    for (const page of ['1e2', '-1', '0', 'true', '2.5']) expect(letterQueueFilterSchema.parse({ page }).page).toBeUndefined();
  });
});
