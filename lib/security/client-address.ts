import { createHash } from 'node:crypto';

/**
 * The client's network address, as server.ts wrote it from the socket (or from a trusted
 * proxy's X-Forwarded-For with TRUST_PROXY=1). Clients cannot set it: server.ts overwrites it.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-midad-client-ip') || 'unknown';
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
