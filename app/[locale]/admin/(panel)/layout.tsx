import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { pageParams } from '@/i18n/page-params';
import { requireStaffPage } from '@/lib/auth/guard';

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every admin page re-checks the session here and again in its own data calls; nothing relies
// on the proxy for access control.
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <div className="min-h-screen bg-white">
      <header className="border-b border-line bg-ink text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-xl font-bold">{t('title')}</p>
          <p className="text-sm">
            {t('signedInAs', { name: user.name })} · {t(`roles.${user.role}`)}
          </p>
        </div>
      </header>
      <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-[13rem_1fr]">
        <AdminNav locale={locale} user={user} />
        <main id="content" className="min-w-0">
          {children}
        </main>
      </div>
    </div>
  );
}
