import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, checkActionBody, isServerActionRequest } from './request-guard';

const post = (body: BodyInit, type = 'text/plain;charset=UTF-8', path = '/en/sign-up', headers: Record<string, string> = {}) =>
  new Request(`http://test${path}`, { method: 'POST', body, headers: { 'next-action': 'abc', 'content-type': type, ...headers } });

describe('server-action body guard (issue 10: bad input never makes a 500)', () => {
  it('passes well-formed bodies, including a 1 MB field (the action’s schema refuses it as VALIDATION)', async () => {
    expect(await checkActionBody(post(JSON.stringify([{ name: 'Awa' }])))).toBeNull();
    expect(await checkActionBody(post(JSON.stringify([{ name: 'x'.repeat(1_000_000) }])))).toBeNull();
    const fd = new FormData();
    fd.set('1_file', new Blob(['a,b\n1,2']), 'm.csv');
    expect(await checkActionBody(new Request('http://test/fr/x', { method: 'POST', body: fd, headers: { 'next-action': 'abc' } }))).toBeNull();
    // A browser's boundary has capitals (----WebKitFormBoundary…): it must not be lower-cased.
    const boundary = '----WebKitFormBoundaryAbCdEf';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="1_delegationId"\r\n\r\nabc\r\n--${boundary}--\r\n`;
    expect(await checkActionBody(post(body, `multipart/form-data; boundary=${boundary}`))).toBeNull();
  });

  it('answers 413 with a translated message above the limit, declared or not', async () => {
    const big = 'x'.repeat(ACTION_BODY_LIMIT_BYTES + 1);
    const res = (await checkActionBody(post(big, 'text/plain', '/pt/sign-up')))!;
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/demasiado grande/) });
    expect((await checkActionBody(post('[]', 'text/plain', '/en/x', { 'content-length': String(50 * 1024 * 1024) })))?.status).toBe(413);
  });

  it('answers 400 for non-JSON, truncated JSON, invalid UTF-8 and broken multipart', async () => {
    for (const body of ['hello there', '[{"name":"Awa","email":"a@b', new Uint8Array([0x5b, 0xff, 0xfe, 0x5d])]) {
      const res = (await checkActionBody(post(body as BodyInit, 'text/plain', '/es/sign-up')))!;
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/mal formada/) });
    }
    expect((await checkActionBody(post('--XYZ\r\nContent-Disposition: form-data; name="1"\r\n\r\nabc', 'multipart/form-data; boundary=XYZ')))?.status).toBe(400);
  });

  it('only looks at server-action posts', () => {
    expect(isServerActionRequest(post('[]'))).toBe(true);
    expect(isServerActionRequest(new Request('http://test/fr', { method: 'POST', body: 'x' }))).toBe(false);
    expect(isServerActionRequest(new Request('http://test/fr'))).toBe(false);
  });
});
