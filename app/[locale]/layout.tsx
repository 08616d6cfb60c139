import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { siteOrigin } from '@/env';
import { directionOf, routing } from '@/i18n/routing';
import { ErrorLabelsProvider } from '@/components/layout/error-labels.client';
import { kufi, latin, naskh } from '../fonts';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(siteOrigin),
    title: { default: t('homeTitle'), template: `%s | ${t('siteName')}` },
    description: t('homeDescription'),
    applicationName: t('siteName'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#14213d' };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Client leaves get their words as props; no message catalogue is sent with the pages.
  const tError = await getTranslations({ locale, namespace: 'Error' });

  return (
    <html
      lang={locale === 'ar' ? 'ar-MA' : locale}
      dir={directionOf(locale)}
      className={`${naskh.variable} ${kufi.variable} ${latin.variable}`}
    >
      <body className="min-h-screen">
        <ErrorLabelsProvider labels={{ title: tError('title'), description: tError('description'), retry: tError('retry') }}>
          {children}
        </ErrorLabelsProvider>
      </body>
    </html>
  );
}
