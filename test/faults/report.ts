import { appendFileSync } from 'node:fs';

// What each fault looked like from outside: printed, and kept in FAULT_REPORT when set, so the
// figures a run produced can be quoted.
export function report(fault: string, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ fault, ...figures });
  console.log(`[fault] ${line}`);
  if (process.env.FAULT_REPORT) appendFileSync(process.env.FAULT_REPORT, `${line}\n`);
}

/** Ports of the fault suite: FAULT_PORT (default 3290) and the next few. */
export function faultPort(offset: number): number {
  return Number(process.env.FAULT_PORT || 3290) + offset;
}
