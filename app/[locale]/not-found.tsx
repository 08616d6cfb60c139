import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { buttonClass } from '@/components/ui/button';

// Rendered with status 404 for missing articles, sections, authors, tags and unknown paths.
export default function LocaleNotFound() {
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
