import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { buttonClass } from '@/components/ui/button';

// The newsroom's 404 (an article, revision or preview that is not there, or not the user's to
// see). It sits here, not beside the locale layout, because Next sends a segment's not-found
// fallback with every page below it: reading pages carry only their own ((site)/not-found.tsx).
export default function NewsroomNotFound() {
  const t = useTranslations('NotFound');
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-8 text-muted">{t('description')}</p>
      <Link href="/" className={buttonClass('primary', 'px-5')}>
        {t('backHome')}
      </Link>
    </main>
  );
}
