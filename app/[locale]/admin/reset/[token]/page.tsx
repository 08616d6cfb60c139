import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/admin/users/reset-password-form.client';
import { pageParams } from '@/i18n/page-params';
import { findPasswordReset } from '@/lib/users/queries';

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

// Public on purpose: the secret link an admin handed over is the credential. It only names the
// account and lets its holder choose a new password once.
export default async function ResetPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  // Tokens are base64url, so the segment needs no decoding.
  const { locale, token } = await pageParams(params);
  const t = await getTranslations({ locale, namespace: 'Reset' });
  const reset = await findPasswordReset(token);
  return (
    <main id="content" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-6 text-2xl font-bold">{t('title')}</h1>
      {reset ? (
        <>
          <p className="mb-4">{t.rich('greeting', { name: reset.name, email: reset.email, bdi: (chunks) => <bdi>{chunks}</bdi> })}</p>
          <ResetPasswordForm locale={locale} token={token} labels={{ password: t('password'), confirm: t('confirm'), hint: t('hint'), submit: t('submit') }} />
        </>
      ) : (
        <p role="alert">{t('invalid')}</p>
      )}
    </main>
  );
}
