import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Link } from '@/i18n/navigation';
import { pageParams } from '@/i18n/page-params';
import { getRememberedSignInEmail } from '@/lib/auth/sign-in-email';

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; invited?: string; reset?: string }> };

const ERRORS = ['invalid', 'throttled', 'origin'] as const;

// The form posts to /api/auth/sign-in, which answers with a redirect (or 429), so it works
// without JavaScript and the throttle can speak HTTP.
export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await pageParams(params);
  const { error, invited, reset } = await searchParams;
  const [t, tInvite, tReset, tMeta, rememberedEmail] = await Promise.all([
    getTranslations({ locale, namespace: 'Auth' }),
    getTranslations({ locale, namespace: 'Invite' }),
    getTranslations({ locale, namespace: 'Reset' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getRememberedSignInEmail(),
  ]);
  const known = ERRORS.find((code) => code === error);

  return (
    <main id="content" className="mx-auto max-w-sm px-4 py-16">
      <p className="mb-2 text-3xl font-bold">
        <Link href="/" className="inline-flex min-h-11 items-center">
          {tMeta('siteName')}
        </Link>
      </p>
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
          <Input name="email" type="email" required autoComplete="username" dir="ltr" defaultValue={known ? rememberedEmail : ''} />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t('password')}</span>
          <Input name="password" type="password" required autoComplete="current-password" dir="ltr" />
        </label>
        <p id="login-error" role="alert" aria-live="polite" className="min-h-6 text-red-700">
          {known ? t(`errors.${known}`) : null}
        </p>
        <Button type="submit">{t('submit')}</Button>
      </form>
      <p className="mt-6">
        <Link href="/" className="inline-flex min-h-11 items-center underline">
          {t('backToSite', { site: tMeta('siteName') })}
        </Link>
      </p>
    </main>
  );
}
