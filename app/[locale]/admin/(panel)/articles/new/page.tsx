import { getMessages, getTranslations } from 'next-intl/server';
import { ArticleForm } from '@/components/admin/articles/article-form.client';
import { pageParams } from '@/i18n/page-params';
import { getEditorOptions } from '@/lib/articles/editor/queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canWriteArticles } from '@/lib/auth/permissions';

export default async function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale, canWriteArticles);
  const [t, messages, options] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticleEditor' }),
    getMessages({ locale }),
    getEditorOptions(user),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <ArticleForm locale={locale} article={null} options={options} labels={messages.ArticleEditor} readOnly={false} />
    </div>
  );
}
