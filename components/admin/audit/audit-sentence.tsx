import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { AuditRow } from '@/lib/audit/types';

// An audit entry as a sentence ("هند نشرت المقال «…»"), its target linked to where it lives.
// Entries written before an action had its own sentence read as the generic one.

const KNOWN = new Set([
  'article.create', 'article.update', 'article.autosave', 'article.submit', 'article.publish', 'article.schedule',
  'article.unpublish', 'article.toDraft', 'article.takeover', 'article.restore', 'article.placement',
  'section.create', 'section.update', 'section.delete', 'tag.update', 'tag.delete',
  'author.create', 'author.update', 'author.delete', 'media.update',
  'user.invite', 'user.role', 'user.disable', 'user.enable', 'invite.accept',
  'comment.approve', 'comment.reject', 'comment.spam', 'comment.delete', 'comment.edit', 'comment.settings',
  'comment.block-email', 'comment.block-network',
]);

export async function AuditSentence({ locale, row }: { locale: Locale; row: AuditRow }) {
  const t = await getTranslations({ locale, namespace: 'Audit' });
  const key = KNOWN.has(row.action) ? row.action.replace('.', '_') : 'other';
  const who = row.user || t('someone');
  const target = (chunks: React.ReactNode) =>
    row.target.href ? (
      <Link href={row.target.href} className="font-bold underline">
        <bdi>{chunks}</bdi>
      </Link>
    ) : (
      <bdi className="font-bold">{chunks}</bdi>
    );
  return (
    <>
      {t.rich(`sentences.${key}` as 'sentences.other', {
        who: row.user ? () => <bdi>{who}</bdi> : () => who,
        target,
        name: row.target.label,
        count: row.target.count,
        action: row.action,
      })}
    </>
  );
}
