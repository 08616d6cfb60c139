import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { envNames, readEnv, readEnvVar } from './env';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('environment', () => {
  it('stops `npm start` with a message naming a bad variable, before touching the database', () => {
    // The command package.json runs for `npm start`; it must fail while reading the environment.
    const started = spawnSync('node', ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, SESSION_IDLE_MINUTES: 'abc', DATABASE_URL: 'file:./data/never-created.db' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(started.status).not.toBe(0);
    expect(started.stderr).toContain('SESSION_IDLE_MINUTES');
  });

  it('names every bad variable and gives the rest their defaults', () => {
    vi.stubEnv('COMMENT_ADDRESS_MAX', '-1');
    vi.stubEnv('PORT', 'eighty');
    expect(() => readEnv()).toThrow(/COMMENT_ADDRESS_MAX[\s\S]*PORT|PORT[\s\S]*COMMENT_ADDRESS_MAX/);
    vi.stubEnv('COMMENT_ADDRESS_MAX', '');
    vi.stubEnv('PORT', '');
    expect(readEnv()).toMatchObject({ COMMENT_ADDRESS_MAX: 5, PORT: 3000, SESSION_IDLE_MINUTES: 120 });
  });

  it('reads one variable as it is now, validated', () => {
    vi.stubEnv('PORT', '10250');
    expect(readEnvVar('PORT')).toBe(10250);
    vi.stubEnv('PORT', '0');
    expect(() => readEnvVar('PORT')).toThrow(/PORT/);
  });
});

describe('.env.example', () => {
  it('lists every variable env.ts reads', async () => {
    const { readFileSync } = await import('node:fs');
    const listed = new Set(readFileSync('.env.example', 'utf8').match(/^[A-Z0-9_]+(?==)/gm));
    const missing = envNames.filter((name) => !listed.has(name));
    expect(missing).toEqual([]);
  });
});
