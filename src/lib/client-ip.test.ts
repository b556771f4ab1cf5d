import { describe, expect, it } from 'vitest';
import { clientIpFrom, trustedProxyCount } from './client-ip';

describe('clientIpFrom', () => {
  it('ignores X-Forwarded-For entirely when no proxy is trusted (the default)', () => {
    expect(clientIpFrom({ peer: '203.0.113.7', forwardedFor: '198.51.100.1' }, 0)).toBe('203.0.113.7');
    expect(clientIpFrom({ peer: null, forwardedFor: '198.51.100.1' }, 0)).toBeNull();
    expect(clientIpFrom({ peer: '::ffff:203.0.113.7', forwardedFor: null }, 0)).toBe('203.0.113.7');
  });

  it('takes the address the outermost trusted proxy saw, never the entries a client wrote', () => {
    // client forged "1.1.1.1"; the one trusted proxy appended the real client address.
    expect(clientIpFrom({ peer: '10.0.0.2', forwardedFor: '1.1.1.1, 203.0.113.7' }, 1)).toBe('203.0.113.7');
    expect(clientIpFrom({ peer: '10.0.0.3', forwardedFor: '1.1.1.1, 203.0.113.7, 10.0.0.2' }, 2)).toBe('203.0.113.7');
    // Fewer entries than proxies: only the peer is known.
    expect(clientIpFrom({ peer: '10.0.0.2', forwardedFor: '' }, 1)).toBe('10.0.0.2');
    expect(clientIpFrom({ peer: '10.0.0.2', forwardedFor: 'not-an-ip' }, 1)).toBe('10.0.0.2');
  });

  it('reads TRUSTED_PROXIES as a small count', () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount('2')).toBe(2);
    expect(trustedProxyCount('true')).toBe(0);
  });
});
