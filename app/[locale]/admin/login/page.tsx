import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; invited?: string; reset?: string }> };

const ERRORS = ['invalid', 'throttled', 'origin'] as const;

// The form posts to /api/auth/sign-in, which answers with a redirect (or 429), so it works
// without JavaScript and the throttle can speak HTTP.
export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { error, invited, reset } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const tInvite = await getTranslations({ locale, namespace: 'Invite' });
  const tReset = await getTranslations({ locale, namespace: 'Reset' });
  const known = ERRORS.find((code) => code === error);

  return (
    <main id="content" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-6 text-2xl font-bold">{t('title')}</h1>
      {invited === '1' ? (
        <p role="status" className="mb-4 text-green-800">
          {tInvite('created')}
        </p>
      ) : null}
      {reset === '1' ? (
        <p role="status" className="mb-4 text-green-800">
          {tReset('done')}
        </p>
      ) : null}
      <form method="post" action="/api/auth/sign-in" className="flex flex-col gap-4" aria-describedby="login-error">
        <input type="hidden" name="locale" value={locale} />
        <label className="flex flex-col gap-1">
          <span>{t('email')}</span>
          <input name="email" type="email" required autoComplete="username" dir="ltr" className="rounded border border-line bg-white px-3 py-2" />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t('password')}</span>
          <input name="password" type="password" required autoComplete="current-password" dir="ltr" className="rounded border border-line bg-white px-3 py-2" />
        </label>
        <p id="login-error" role="alert" aria-live="polite" className="min-h-6 text-red-700">
          {known ? t(`errors.${known}`) : null}
        </p>
        <button type="submit" className="rounded bg-ink px-4 py-2 font-bold text-white">
          {t('submit')}
        </button>
      </form>
    </main>
  );
}
