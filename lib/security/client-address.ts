import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import proxyAddr from 'proxy-addr';

/**
 * The client's network address, as server.ts wrote it from the socket (or from a trusted
 * proxy's X-Forwarded-For). Clients cannot set it: server.ts overwrites it.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-midad-client-ip') || 'unknown';
}

export type TrustFunction = ReturnType<typeof proxyAddr.compile>;

/** proxy-addr's trust test for a TRUSTED_PROXIES list (already validated by env.ts). */
export function compileTrustedProxies(list: string[]): TrustFunction {
  return proxyAddr.compile(list);
}

/**
 * The address of the client behind `socketAddress`: walking X-Forwarded-For from the right, the
 * first hop that is not a trusted proxy (proxy-addr). A client can only prepend entries, so a
 * forged leftmost entry is never reached while a real untrusted hop stands to its right; from an
 * untrusted peer the header is not read at all.
 */
export function addressBehindProxies(
  socketAddress: string,
  forwardedFor: string | string[] | undefined,
  trust: TrustFunction,
): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const request = { headers: { 'x-forwarded-for': header }, connection: { remoteAddress: socketAddress } };
  // proxy-addr only reads these two fields of the request.
  const address = proxyAddr(request as unknown as Parameters<typeof proxyAddr>[0], trust);
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

/** Expands an IPv6 address to its eight groups (`::` filled, an embedded IPv4 tail converted). */
function ipv6Groups(address: string): string[] {
  let text = address.toLowerCase().split('%')[0]!;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}

/**
 * The subject a per-address rate limit counts: the address itself for IPv4, and its /64 for
 * IPv6, because one subscriber is usually given a whole /64 and could otherwise rotate
 * through billions of addresses.
 */
export function rateLimitSubject(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The /24 (IPv4) or /48 (IPv6) network an address belongs to, for network-wide blocks. */
export function networkOf(address: string): string {
  if (address.includes(':')) return address.split(':').slice(0, 3).join(':') + '::/48';
  const parts = address.split('.');
  return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.0/24` : address;
}

/** A salted hash, so addresses can be matched without being stored. */
export function hashAddress(value: string, salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(value).digest('hex');
}
