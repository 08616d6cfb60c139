import { describe, expect, it } from 'vitest';
import { addressBehindProxies, compileTrustedProxies, rateLimitSubject } from './client-address';

const loopback = compileTrustedProxies(['loopback']);
const nobody = compileTrustedProxies([]);
const lb = compileTrustedProxies(['10.0.0.0/8', '127.0.0.1']);

describe('addressBehindProxies', () => {
  it('takes the rightmost hop that is not a trusted proxy, not the leftmost entry a client chose', () => {
    expect(addressBehindProxies('127.0.0.1', '203.0.113.9', loopback)).toBe('203.0.113.9');
    // The client prepended a forged entry; the proxy appended what it saw.
    expect(addressBehindProxies('127.0.0.1', '198.51.100.1, 203.0.113.9', loopback)).toBe('203.0.113.9');
    // Two trusted hops (the app's nginx and a balancer in 10/8) are walked past.
    expect(addressBehindProxies('127.0.0.1', '198.51.100.1, 203.0.113.9, 10.1.2.3', lb)).toBe('203.0.113.9');
    expect(addressBehindProxies('::ffff:127.0.0.1', ['198.51.100.1', '203.0.113.9'], loopback)).toBe('203.0.113.9');
  });

  it('ignores the header from a peer that is not a trusted proxy, and when no proxy is trusted', () => {
    expect(addressBehindProxies('203.0.113.7', '198.51.100.1', loopback)).toBe('203.0.113.7');
    expect(addressBehindProxies('127.0.0.1', '198.51.100.1', nobody)).toBe('127.0.0.1');
    expect(addressBehindProxies('::ffff:192.0.2.4', undefined, nobody)).toBe('192.0.2.4');
  });
});

describe('rateLimitSubject', () => {
  it('groups IPv6 addresses by /64, however they are written, and keeps IPv4 addresses whole', () => {
    expect(rateLimitSubject('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitSubject('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(rateLimitSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitSubject('2001:db8:0:0:1::')).toBe('2001:db8:0:0::/64');
    expect(rateLimitSubject('2001:db8:1:3::1')).not.toBe(rateLimitSubject('2001:db8:1:2::1'));
    expect(rateLimitSubject('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(rateLimitSubject('192.0.2.1')).toBe('192.0.2.1');
    expect(rateLimitSubject('unknown')).toBe('unknown');
  });
});
