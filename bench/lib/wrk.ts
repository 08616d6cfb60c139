import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

// Load from a second process: Debian's wrk, 50 connections, over loopback.

export type WrkResult = { perSecond: number; p50: number; p99: number; requests: number; errors: number; non2xx: number };

/** wrk's path, installing Debian's package when it is missing and this runs as root. */
export function ensureWrk(): string {
  const find = () => {
    try {
      return execFileSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  let path = find();
  if (!path && process.getuid?.() === 0) {
    execFileSync('apt-get', ['install', '-y', '-qq', 'wrk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    path = find();
  }
  if (!path) throw new Error('wrk is not installed: `apt-get install wrk` (bash .ci/run installs it)');
  return path;
}

function milliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
}

export function parseWrk(output: string): WrkResult {
  const percentile = (p: string) => milliseconds(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(output)?.[1] ?? '');
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN),
    p50: percentile('50'),
    p99: percentile('99'),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? NaN),
    errors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
  };
}

/** Runs wrk without blocking this process, so it can watch the server meanwhile. */
export async function runWrk(
  wrk: string,
  url: string,
  options: { seconds: number; connections: number; headers: Record<string, string>; script?: string },
): Promise<WrkResult> {
  const headerArgs = Object.entries(options.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const scriptArgs = options.script ? ['-s', options.script] : [];
  const args = ['-t2', `-c${options.connections}`, `-d${options.seconds}s`, '--latency', ...headerArgs, ...scriptArgs, url];
  const { stdout } = await promisify(execFile)(wrk, args, { encoding: 'utf8' });
  return parseWrk(stdout);
}
