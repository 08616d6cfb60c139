import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AcceptInviteForm } from '@/components/admin/users/accept-invite-form.client';
import { pageParams } from '@/i18n/page-params';
import { findInvite } from '@/lib/users/queries';

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

// Public on purpose: the secret link is the credential. It only shows whom it invites and
// lets them choose a password once.
export default async function InvitePage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await pageParams(params);
  const t = await getTranslations({ locale, namespace: 'Invite' });
  const tRoles = await getTranslations({ locale, namespace: 'Admin.roles' });
  const invite = await findInvite(decodeURIComponent(token));
  return (
    <main id="content" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-6 text-2xl font-bold">{t('title')}</h1>
      {invite ? (
        <>
          <p className="mb-4">
            {t('greeting', { name: invite.name, role: tRoles(invite.role), email: invite.email })}
          </p>
          <AcceptInviteForm
            locale={locale}
            token={decodeURIComponent(token)}
            labels={{ password: t('password'), confirm: t('confirm'), hint: t('hint'), submit: t('submit') }}
          />
        </>
      ) : (
        <p role="alert">{t('invalid')}</p>
      )}
    </main>
  );
}
