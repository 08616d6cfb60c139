import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/guard';

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireStaffPage(locale);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return <h1 className="text-2xl font-bold">{t('welcome', { name: user.name })}</h1>;
}
