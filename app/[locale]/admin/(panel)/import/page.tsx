import { getTranslations } from 'next-intl/server';
import { ImportPanel } from '@/components/admin/import/import-panel.client';
import { pageParams } from '@/i18n/page-params';
import { formatLocaleOf } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/guard';
import { canImport } from '@/lib/import/access';
import { getImportJob } from '@/lib/import/jobs';
import { OUTCOMES, REASONS, RECORD_KINDS } from '@/lib/import/report';

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  await requireStaffPage(locale, canImport);
  const [job, t] = await Promise.all([getImportJob(), getTranslations({ locale, namespace: 'Import' })]);
  const labels = {
    file: t('file'),
    dryRun: t('dryRun'),
    submit: t('submit'),
    progress: t('progress'),
    running: t('running'),
    done: t('done'),
    doneDry: t('doneDry'),
    failed: t('failed'),
    kind: t('kind'),
    notes: t('notes'),
    notesLeftOut: t('notesLeftOut'),
    fatal: t('fatal'),
    uploadFailed: t('errors.missing'),
    kinds: Object.fromEntries(RECORD_KINDS.map((kind) => [kind, t(`kinds.${kind}`)])),
    outcomes: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, t(`outcomes.${outcome}`)])),
    reasons: Object.fromEntries(REASONS.map((reason) => [reason, t(`reasons.${reason}`)])),
    problems: Object.fromEntries((['notWxr', 'unknownVersion', 'malformed', 'truncated', 'unreadable'] as const).map((p) => [p, t(`problems.${p}`)])),
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose">{t('intro')}</p>
      <ImportPanel locale={locale} formatLocale={formatLocaleOf(locale)} initialJob={job} labels={labels} />
    </div>
  );
}
