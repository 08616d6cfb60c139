import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/admin/users/change-password-form.client';
import { pageParams } from '@/i18n/page-params';
import { requireStaffPage } from '@/lib/auth/guard';

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale);
  const t = await getTranslations({ locale, namespace: 'Account' });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>
        <bdi>{user.name}</bdi> · <span dir="ltr">{user.email}</span>
      </p>
      <ChangePasswordForm
        locale={locale}
        labels={{ title: t('passwordTitle'), current: t('current'), next: t('next'), confirm: t('confirm'), hint: t('hint'), submit: t('submit') }}
      />
    </div>
  );
}
