// Classifies database errors whatever layer raised them: better-sqlite3 (`code: 'SQLITE_…'`),
// pg (`code` SQLSTATE or a Node socket code), Prisma's driver-adapter error (`cause.originalCode`,
// `cause.kind`), or Prisma's request errors (`code: 'P…'`, with the adapter error in `meta`).

type Coded = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

function codesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const e = error as Coded;
  const codes: string[] = [];
  if (typeof e.code === 'string') codes.push(e.code);
  const cause = e.cause as { originalCode?: unknown; kind?: unknown } | undefined;
  if (cause && typeof cause === 'object') {
    if (typeof cause.originalCode === 'string') codes.push(cause.originalCode);
    if (typeof cause.kind === 'string') codes.push(`kind:${cause.kind}`);
    codes.push(...codesOf(cause, depth + 1));
  }
  const meta = e.meta as { driverAdapterError?: unknown } | undefined;
  if (meta && typeof meta === 'object') codes.push(...codesOf(meta.driverAdapterError, depth + 1));
  if (typeof e.name === 'string') codes.push(`name:${e.name}`);
  return codes;
}

function messageOf(error: unknown): string {
  return error && typeof error === 'object' && typeof (error as Coded).message === 'string' ? String((error as Coded).message) : '';
}

/** Another connection holds SQLite's write lock. */
export function isBusy(error: unknown): boolean {
  return codesOf(error).some((code) => code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The SQLite connection may be left in a bad state: rebuild it. */
export function isFatalSqliteError(error: unknown): boolean {
  return codesOf(error).some((code) =>
    /^SQLITE_(IOERR|FULL|CORRUPT|NOTADB|CANTOPEN|READONLY|PROTOCOL|MISUSE)/.test(code),
  );
}

// SQLSTATE classes and Node socket codes that mean the PostgreSQL connection is gone.
const PG_CONNECTION_CODES = /^(08|57P0[1-3]|53300|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH)/;

/**
 * The PostgreSQL connection was lost or could not be made. Waiting too long for a free pooled
 * connection is not one of these: the pool is busy, not broken, and a new pool would only add load.
 */
export function isPgConnectionError(error: unknown): boolean {
  if (codesOf(error).some((code) => PG_CONNECTION_CODES.test(code))) return true;
  return /Connection terminated|terminating connection|Client has encountered a connection error|Connection is not open/i.test(messageOf(error));
}

/**
 * The database could not do the work now but may shortly (lost connection, restart, timeout,
 * full or read-only disk, write lock held too long): callers answer 503 with Retry-After.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const codes = codesOf(error);
  if (codes.some((code) => /^(P1001|P1002|P1008|P1017|P2024|P2028|kind:SocketTimeout|kind:ConnectionClosed|kind:DatabaseNotReachable|kind:TooManyConnections|name:DatabaseWaitTimeout)$/.test(code))) {
    return true;
  }
  if (isBusy(error) || isFatalSqliteError(error) || isPgConnectionError(error)) return true;
  return /Transaction already closed|Unable to start a transaction in the given time|timeout exceeded when trying to connect|Query read timeout|statement timeout|canceling statement/i.test(
    messageOf(error),
  );
}

/**
 * The request named a row that is not there (any more): Prisma's "record not found" (P2025), a
 * foreign key to a missing row (P2003), or a missing related record (P2015, P2018). A client's
 * stale or made-up id, answered as "not found", never as a server error.
 */
export function isMissingRecord(error: unknown): boolean {
  return codesOf(error).some((code) => /^(P2025|P2003|P2015|P2018)$/.test(code));
}

/**
 * What to log for a failure: one line when the database is merely unavailable (busy, restarting,
 * full), the error itself otherwise. Logging the Error object makes Next source-map its stack,
 * which parses a multi-megabyte map synchronously on first use: that froze every request for
 * 0.5–1.1 s (cached pages included) just when another process held the write lock. An expected,
 * retried condition needs no stack.
 */
export function loggableFailure(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  return messageOf(error).trim().split('\n').pop() || 'database unavailable';
}
