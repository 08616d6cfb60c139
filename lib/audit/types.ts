// What the audit log screens and the dashboard's recent activity show.

/** What an audit entry was done to: its current name (or the one recorded), how many, and its admin page. */
export type AuditTarget = { label: string; count: number; href: string | null };

export type AuditRow = {
  id: number;
  createdAt: string;
  user: string;
  action: string;
  targetType: string;
  targetId: string;
  detail: string;
  target: AuditTarget;
};
