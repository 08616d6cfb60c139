import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatReport, type FaultReport } from './report';

// Collects what every fault reported and prints it together once the suite is over, in the order
// the faults ran: one block to quote, instead of lines scattered through the test output.
export default function setup() {
  const own = !process.env.FAULT_REPORT;
  const dir = own ? mkdtempSync(path.join(tmpdir(), 'midad-fault-report-')) : '';
  if (own) process.env.FAULT_REPORT = path.join(dir, 'report.jsonl');
  const file = process.env.FAULT_REPORT!;
  return () => {
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    const blocks = lines.map((line) => {
      const { fault, ...seen } = JSON.parse(line) as FaultReport & { fault: string };
      return formatReport(fault, seen);
    });
    console.log(`\nFault suite: what clients saw and what was stored (${new Date().toISOString()})\n${blocks.join('\n') || '(no fault reported)'}\n`);
    if (own) rmSync(dir, { recursive: true, force: true });
  };
}
