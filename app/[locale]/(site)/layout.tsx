import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { pageParams } from '@/i18n/page-params';

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await pageParams(params);
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="content" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
