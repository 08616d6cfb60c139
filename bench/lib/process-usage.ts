import { readFileSync } from 'node:fs';

// CPU time and resident memory of another process, read from /proc (Linux).

const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

export type Usage = { cpuSeconds: number; rssBytes: number };

export function usageOf(pid: number): Usage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at state, field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const rssPages = Number(fields[21]);
  return { cpuSeconds: (utime + stime) / TICKS_PER_SECOND, rssBytes: rssPages * PAGE_BYTES };
}

/** Samples a process while `run` goes: its peak RSS and CPU use (1.0 = one core busy). */
export async function watchProcess<T>(pid: number, run: () => Promise<T>): Promise<{ result: T; peakRssBytes: number; cpuCores: number }> {
  const start = usageOf(pid);
  const started = performance.now();
  let peakRssBytes = start.rssBytes;
  const timer = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, usageOf(pid).rssBytes)), 100);
  try {
    const result = await run();
    const end = usageOf(pid);
    peakRssBytes = Math.max(peakRssBytes, end.rssBytes);
    return { result, peakRssBytes, cpuCores: (end.cpuSeconds - start.cpuSeconds) / ((performance.now() - started) / 1000) };
  } finally {
    clearInterval(timer);
  }
}
