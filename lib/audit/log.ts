import 'server-only';
import type { Db } from '@/lib/db';

// One row per write: who did what to which record. Called inside the write's transaction, so a
// change is never stored without its trace.

type Tx = Pick<Db, 'auditLog'>;

export async function recordAudit(
  tx: Tx,
  entry: { userId: number; action: string; targetType: string; targetId: string | number; detail?: string },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      detail: (entry.detail ?? '').slice(0, 500),
    },
  });
}
