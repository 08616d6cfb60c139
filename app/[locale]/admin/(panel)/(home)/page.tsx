import { getTranslations } from 'next-intl/server';
import { AtAGlance } from '@/components/admin/dashboard/at-a-glance';
import { DashboardArticleList } from '@/components/admin/dashboard/article-list';
import { QuickDraftForm } from '@/components/admin/dashboard/quick-draft-form.client';
import { RecentActivity } from '@/components/admin/dashboard/recent-activity';
import { pageParams } from '@/i18n/page-params';
import { routing } from '@/i18n/routing';
import { createQuickDraftAction } from '@/lib/articles/editor/actions';
import { getEditorOptions } from '@/lib/articles/editor/queries';
import { countArticlesByStatus, listRecentDrafts, listScheduledArticles } from '@/lib/articles/editor/dashboard';
import { listAuditLog } from '@/lib/audit/queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy, canModerate, canWriteArticles } from '@/lib/auth/permissions';
import { countPendingComments } from '@/lib/comments/queries';

// The admin home, like WordPress's "At a glance": what waits for whom, and a quick way to start.
export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale);
  const writes = canWriteArticles(user);
  const [t, tAdmin, tEditor, counts, pending, drafts, scheduled, activity, options] = await Promise.all([
    getTranslations({ locale, namespace: 'Dashboard' }),
    getTranslations({ locale, namespace: 'Admin' }),
    getTranslations({ locale, namespace: 'ArticleEditor' }),
    writes ? countArticlesByStatus(user) : null,
    canModerate(user) ? countPendingComments(user) : null,
    listRecentDrafts(user),
    listScheduledArticles(user),
    canManageTaxonomy(user) ? listAuditLog(user, { take: 8 }) : [],
    getEditorOptions(user),
  ]);
  // The edition being administered comes first in the quick draft's sections.
  const sections = [...options.sections].sort((a, b) => Number(b.locale === locale) - Number(a.locale === locale));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{tAdmin('welcome', { name: user.name })}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <AtAGlance locale={locale} counts={counts} pendingComments={pending} />
        {writes ? (
          <QuickDraftForm
            locale={locale}
            sections={sections}
            localeNames={Object.fromEntries(routing.locales.map((code) => [code, tEditor(`locales.${code}`)]))}
            action={createQuickDraftAction}
            labels={{ heading: t('quickDraft'), title: t('draftTitle'), section: t('draftSection'), note: t('draftNote'), noteHint: t('draftNoteHint'), submit: t('saveDraft') }}
          />
        ) : null}
        {writes ? <DashboardArticleList id="drafts-title" title={t('recentDrafts')} empty={t('noDrafts')} locale={locale} articles={drafts} date="updatedAt" /> : null}
        {writes ? <DashboardArticleList id="scheduled-title" title={t('scheduled')} empty={t('noScheduled')} locale={locale} articles={scheduled} date="publishedAt" /> : null}
        {canManageTaxonomy(user) ? <RecentActivity locale={locale} rows={activity} /> : null}
      </div>
    </div>
  );
}
