import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DiffView } from '@/components/admin/articles/diff-view';
import { RestoreButton } from '@/components/admin/articles/restore-button.client';
import { Link } from '@/i18n/navigation';
import { pageParams } from '@/i18n/page-params';
import { pathTo } from '@/lib/url-paths';
import { directionOf, type Locale } from '@/i18n/routing';
import { getArticleForEditor } from '@/lib/articles/editor/queries';
import { compareVersions } from '@/lib/articles/editor/revision-diff';
import { getRevision, listRevisions } from '@/lib/articles/editor/revisions';
import { requireStaffPage } from '@/lib/auth/guard';
import { formatDateTime } from '@/lib/utils/dates';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ rev?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { locale, id: rawId } = await pageParams(params);
  const user = await requireStaffPage(locale);
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : 0;
  const [article, revisions] = await Promise.all([getArticleForEditor(user, id), listRevisions(user, id)]);
  if (!article || !revisions) notFound();
  const { rev } = await searchParams;
  const selected = rev && /^\d{1,9}$/.test(rev) ? await getRevision(user, Number(rev)) : null;
  const chosen = selected?.articleId === id ? selected : null;
  const t = await getTranslations({ locale, namespace: 'Revisions' });
  const diff = chosen ? compareVersions(chosen, article) : null;
  // Titles and texts are in the article's edition, whatever language the admin is shown in.
  const dir = directionOf(article.locale as Locale);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title', { title: article.title })}</h1>
      <Link href={pathTo({ pathname: '/admin/articles/[id]', params: { id } })} className="underline">
        {t('back')}
      </Link>
      {revisions.length ? (
        <ol className="flex flex-col gap-2">
          {revisions.map((revision) => (
            <li key={revision.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-line p-3">
              <span>
                <span className="block font-bold" lang={article.locale} dir={dir}>
                  {revision.title}
                </span>
                <span className="block text-sm text-muted">{t('by', { user: revision.user, date: formatDateTime(locale, revision.createdAt) })}</span>
              </span>
              <Link href={{ pathname: pathTo({ pathname: '/admin/articles/[id]/revisions', params: { id } }), query: { rev: String(revision.id) } }} className="underline" aria-current={chosen?.id === revision.id ? 'true' : undefined}>
                {t('compare')}
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('none')}</p>
      )}
      {chosen && diff ? (
        <section className="flex flex-col gap-4" aria-labelledby="diff-heading">
          <h2 id="diff-heading" className="text-xl font-bold">
            {t('comparing')}
          </h2>
          <DiffView label={t('fieldTitle')} parts={diff.title} addedLabel={t('added')} removedLabel={t('removed')} lang={article.locale} dir={dir} />
          <DiffView label={t('fieldDek')} parts={diff.dek} addedLabel={t('added')} removedLabel={t('removed')} lang={article.locale} dir={dir} />
          <DiffView label={t('fieldBody')} parts={diff.body} addedLabel={t('added')} removedLabel={t('removed')} lang={article.locale} dir={dir} />
          <RestoreButton locale={locale} revisionId={chosen.id} label={t('restore')} />
        </section>
      ) : null}
    </div>
  );
}
