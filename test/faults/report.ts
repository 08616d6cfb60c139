import { appendFileSync } from 'node:fs';

// What each fault looked like from outside, in words that can be quoted in a closing note: what a
// client saw (statuses, times) and what was stored. Printed as the test ends, and appended to
// FAULT_REPORT (set by the suite's global setup, which prints them all together at the end).

export type FaultReport = {
  /** What clients saw: statuses and times. */
  client: string[];
  /** What the database held afterwards. */
  stored: string[];
  /** The raw figures, for whoever wants to check the sentences. */
  figures: Record<string, unknown>;
};

export function formatReport(fault: string, seen: FaultReport): string {
  return [
    `■ ${fault}`,
    ...seen.client.map((line) => `  client saw: ${line}`),
    ...seen.stored.map((line) => `  stored:     ${line}`),
    `  figures:    ${JSON.stringify(seen.figures)}`,
  ].join('\n');
}

export function report(fault: string, seen: FaultReport): void {
  console.log(formatReport(fault, seen));
  if (process.env.FAULT_REPORT) appendFileSync(process.env.FAULT_REPORT, `${JSON.stringify({ fault, ...seen })}\n`);
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);

/** "201 ×812 (slowest 340 ms), 503 ×40 (slowest 5.1 s)"; status 0 is a request nobody answered. */
export function statuses(summary: Record<string, { count: number; maxMs: number }>): string {
  const parts = Object.entries(summary).map(([status, { count, maxMs }]) => `${status === '0' ? 'no answer' : status} ×${count} (slowest ${ms(maxMs)})`);
  return parts.length ? parts.join(', ') : 'none';
}

export { ms as formatMs };

/** Ports of the fault suite: FAULT_PORT (default 3290) and the next few. */
export function faultPort(offset: number): number {
  return Number(process.env.FAULT_PORT || 3290) + offset;
}
