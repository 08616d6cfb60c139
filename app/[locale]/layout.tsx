import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { siteOrigin } from '@/env';
import { directionOf, routing } from '@/i18n/routing';
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

// Client leaves get only the namespaces they use, not the whole message file.
const CLIENT_NAMESPACES = ['RelativeTime', 'Error'] as const;

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
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((key) => [key, messages[key]]));

  return (
    <html
      lang={locale === 'ar' ? 'ar-MA' : locale}
      dir={directionOf(locale)}
      className={`${naskh.variable} ${kufi.variable} ${latin.variable}`}
    >
      <body className="min-h-screen">
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
