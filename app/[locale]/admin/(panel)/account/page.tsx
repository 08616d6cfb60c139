import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/admin/users/change-password-form.client';
import type { Locale } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/guard';

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
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
