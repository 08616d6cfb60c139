import { getMessages, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleForm } from '@/components/admin/articles/article-form.client';
import { ArticleSideLinks } from '@/components/admin/articles/article-side-links';
import { HomePlacementForm } from '@/components/admin/articles/home-placement-form.client';
import { LockBanner } from '@/components/admin/articles/lock-banner';
import { WorkflowPanel } from '@/components/admin/articles/workflow-panel.client';
import { pageParams } from '@/i18n/page-params';
import { getArticleForEditor, getEditorOptions } from '@/lib/articles/editor/queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { formatDateTime } from '@/lib/utils/dates';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string; created?: string }> };

const DONE = ['submit', 'publish', 'schedule', 'unpublish', 'toDraft', 'restore'] as const;

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { locale, id: rawId } = await pageParams(params);
  const user = await requireStaffPage(locale);
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  const article = id ? await getArticleForEditor(user, id) : null;
  if (!article) notFound();
  const { done, created } = await searchParams;
  const [t, messages, options] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticleEditor' }),
    getMessages({ locale }),
    getEditorOptions(user),
  ]);
  const doneKey = created ? 'created' : DONE.find((step) => step === done);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
      {doneKey ? (
        <p role="status" className="rounded bg-green-50 p-3 text-green-900">
          {t(`done.${doneKey}`)}
        </p>
      ) : null}
      {article.lock ? <LockBanner locale={locale} articleId={article.id} holder={article.lock} labels={messages.ArticleEditor} /> : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <ArticleForm locale={locale} article={article} options={options} labels={messages.ArticleEditor} readOnly={!!article.lock} />
        <aside className="flex flex-col gap-4" aria-label={t('workflow')}>
          <p>
            {t('status')}: <strong data-testid="article-status">{t(`statuses.${article.status}`)}</strong>
          </p>
          {article.status === 'scheduled' && article.publishedAt ? (
            <p>{t('scheduledFor', { date: formatDateTime(locale, article.publishedAt) })}</p>
          ) : null}
          {article.lock ? null : <WorkflowPanel locale={locale} articleId={article.id} steps={article.steps} labels={messages.ArticleEditor} />}
          {article.canPlaceOnHome ? (
            <HomePlacementForm locale={locale} articleId={article.id} sticky={article.sticky} breaking={article.breaking} labels={messages.ArticleEditor} />
          ) : null}
          <ArticleSideLinks locale={locale} article={article} />
        </aside>
      </div>
    </div>
  );
}
