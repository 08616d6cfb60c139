import { getTranslations } from 'next-intl/server';
import { MediaDetailsForm } from '@/components/admin/media/media-details-form.client';
import { DialogButton } from '@/components/ui/dialog.client';
import { pageParams } from '@/i18n/page-params';
import { requireStaffPage } from '@/lib/auth/guard';
import { canUploadMedia } from '@/lib/auth/permissions';
import { saveMediaDetailsAction } from '@/lib/media/actions';
import { listMedia } from '@/lib/media/library';
import { formatDate } from '@/lib/utils/dates';

// Every uploaded picture, newest first, with its words; a picture is chosen for an article from
// the editor's "media library" button.
export default async function MediaLibraryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale, canUploadMedia);
  const [t, { items }] = await Promise.all([getTranslations({ locale, namespace: 'MediaLibrary' }), listMedia(user)]);
  const labels = { alt: t('alt'), altHint: t('altHint'), caption: t('caption'), credit: t('credit'), save: t('save') };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {items.length ? (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <li key={item.id}>
              <figure className="flex flex-col gap-2 rounded border border-line p-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail, sized by its box */}
                <img src={item.url} alt={item.alt} width={item.width} height={item.height} loading="lazy" className="aspect-video w-full rounded object-cover" />
                <figcaption className="flex flex-col gap-1 text-sm">
                  {item.caption ? <span>{item.caption}</span> : null}
                  {item.credit ? <span className="text-muted">{t('creditLine', { credit: item.credit })}</span> : null}
                  {item.alt ? null : <span className="font-bold text-red-800">{t('noAlt')}</span>}
                  <span className="text-muted">
                    <time dateTime={item.createdAt}>{formatDate(locale, item.createdAt)}</time> · <bdi dir="ltr">{`${item.width}×${item.height}`}</bdi>
                  </span>
                </figcaption>
                <DialogButton
                  openLabel={
                    <>
                      {t('edit')}
                      <span className="sr-only"> {item.alt || t('untitled', { id: item.id })}</span>
                    </>
                  }
                  title={t('editTitle')}
                  closeLabel={t('close')}
                >
                  <MediaDetailsForm locale={locale} item={item} labels={labels} action={saveMediaDetailsAction} />
                </DialogButton>
              </figure>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('empty')}</p>
      )}
    </div>
  );
}
