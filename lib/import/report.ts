// What an import did, per kind of record, and why each skipped or adjusted record was. The CLI
// prints it in English; the admin screen shows the same codes in the reader's language.

export const RECORD_KINDS = ['post', 'page', 'attachment', 'category', 'tag', 'author', 'comment', 'media', 'invite', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const OUTCOMES = ['imported', 'updated', 'unchanged', 'skipped'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const REASONS = [
  'page', // the product has no static pages
  'attachment', // imported with the posts that show it
  'postType', // menus, revisions, custom types
  'trashed',
  'autoDraft',
  'invalidDate',
  'slugRenamed', // a slug already taken: imported under a new one, old links still redirect
  'missingMedia',
  'badMedia',
  'noMediaDir',
  'pingback',
  'noAdmin', // --users without an admin to send invitations from
  'accountExists',
  'writeFailed',
] as const;
export type Reason = (typeof REASONS)[number];

export type ReportNote = { kind: RecordKind; id: string; title: string; reason: Reason; detail?: string };
export type FatalProblem = { problem: 'notWxr' | 'unknownVersion' | 'malformed' | 'truncated' | 'unreadable'; detail: string; after?: string };
export type ImportReport = {
  dryRun: boolean;
  counts: Record<RecordKind, Record<Outcome, number>>;
  notes: ReportNote[];
  notesLeftOut: number;
  fatal: FatalProblem | null;
  invites: { email: string; token: string }[];
};

// A damaged archive could produce a note per item; the report keeps the first ones.
const MAX_NOTES = 2000;

export function emptyReport(dryRun: boolean): ImportReport {
  const counts = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, { imported: 0, updated: 0, unchanged: 0, skipped: 0 }]));
  return { dryRun, counts: counts as ImportReport['counts'], notes: [], notesLeftOut: 0, fatal: null, invites: [] };
}

export function count(report: ImportReport, kind: RecordKind, outcome: Outcome): void {
  report.counts[kind][outcome] += 1;
}

export function note(report: ImportReport, entry: ReportNote): void {
  if (report.notes.length < MAX_NOTES) report.notes.push(entry);
  else report.notesLeftOut += 1;
}

const REASON_TEXT: Record<Reason, string> = {
  page: 'pages are not imported (no static pages in this product)',
  attachment: 'imported with the posts that show it',
  postType: 'post type not imported',
  trashed: 'in the trash',
  autoDraft: 'auto-draft (never written)',
  invalidDate: 'invalid date',
  slugRenamed: 'slug already taken; imported under another slug, old links redirect',
  missingMedia: 'image file not found under --media; old address kept',
  badMedia: 'image file unreadable or not an accepted image; old address kept',
  noMediaDir: 'no --media folder given; images keep their old addresses',
  pingback: 'pingbacks and trackbacks are not comments',
  noAdmin: 'no admin account to send invitations from',
  accountExists: 'an account with this e-mail already exists',
  writeFailed: 'could not be written',
};

export function formatReport(report: ImportReport): string {
  const lines = [report.dryRun ? 'Dry run: nothing was written.' : 'Import finished.'];
  if (report.fatal) {
    lines.push(`STOPPED: ${report.fatal.problem}: ${report.fatal.detail}${report.fatal.after ? ` (after ${report.fatal.after})` : ''}`);
  }
  lines.push(`${'kind'.padEnd(12)}${OUTCOMES.map((outcome) => outcome.padStart(11)).join('')}`);
  for (const kind of RECORD_KINDS) {
    const row = report.counts[kind];
    if (OUTCOMES.every((outcome) => row[outcome] === 0)) continue;
    lines.push(`${kind.padEnd(12)}${OUTCOMES.map((outcome) => String(row[outcome]).padStart(11)).join('')}`);
  }
  for (const entry of report.notes) {
    lines.push(`- ${entry.kind} #${entry.id} "${entry.title}": ${REASON_TEXT[entry.reason]}${entry.detail ? ` (${entry.detail})` : ''}`);
  }
  if (report.notesLeftOut) lines.push(`… and ${report.notesLeftOut} more notes`);
  return lines.join('\n');
}
