import { afterEach, describe, expect, it, vi } from 'vitest';

// TRUSTED_PROXIES is checked at start-up: a list proxy-addr cannot read stops the server with a
// message naming the variable, instead of silently trusting nobody (or everybody).

const original = { ...process.env };
afterEach(() => {
  process.env = { ...original };
  vi.resetModules();
});

async function loadEnv(vars: Record<string, string>) {
  Object.assign(process.env, vars);
  vi.resetModules();
  return import('@/env');
}

describe('TRUSTED_PROXIES and REDIS_URL in env.ts', () => {
  it('accepts addresses, CIDRs and proxy-addr names', async () => {
    const { env, proxyList } = await loadEnv({ TRUSTED_PROXIES: 'loopback, 10.0.0.0/8,192.0.2.1 ,2001:db8::/32' });
    expect(proxyList(env.TRUSTED_PROXIES)).toEqual(['loopback', '10.0.0.0/8', '192.0.2.1', '2001:db8::/32']);
  });

  it('refuses a list it cannot read, and a Redis URL of another scheme, naming the variable', async () => {
    await expect(loadEnv({ TRUSTED_PROXIES: 'nginx.internal' })).rejects.toThrow(/TRUSTED_PROXIES/);
    await expect(loadEnv({ TRUSTED_PROXIES: '10.0.0.0/99' })).rejects.toThrow(/TRUSTED_PROXIES/);
    await expect(loadEnv({ REDIS_URL: 'http://127.0.0.1:6379' })).rejects.toThrow(/REDIS_URL/);
  });
});
