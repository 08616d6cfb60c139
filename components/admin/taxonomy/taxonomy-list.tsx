import { getTranslations } from 'next-intl/server';
import { type Column, DataTable } from '@/components/ui/data-table';
import { DialogButton } from '@/components/ui/dialog.client';
import type { Locale } from '@/i18n/routing';
import type { ActionState } from '@/lib/actions/state';
import { TaxonomyForm, type TaxonomyField } from './taxonomy-form.client';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export type TaxonomyRow = { id: number; name: string; slug: string; articles: number };

/**
 * Sections, tags and authors: a table of names, one dialog per row to edit it, and an "add"
 * dialog where the admin creates them here. The page is never every form at once.
 */
export async function TaxonomyList<Row extends TaxonomyRow>({
  locale,
  kind,
  rows,
  columns,
  fields,
  save,
  remove,
  canAdd = false,
}: {
  locale: Locale;
  /** Names the page (its heading) and the forms' ids: `<kind>-<id>`, `new-<kind>`. */
  kind: 'section' | 'tag' | 'author';
  rows: Row[];
  /** The columns of this kind, between the slug and the article count. */
  columns: Column<Row>[];
  /** The fields of this kind, after the name and the slug. */
  fields?: (row?: Row) => TaxonomyField[];
  save: Action;
  remove: Action;
  canAdd?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Taxonomy' });
  const labels = { save: t('save'), delete: t('delete') };
  const title = t(`${kind}s`);
  const formFields = (row?: Row): TaxonomyField[] => [
    { name: 'name', label: t('name'), value: row?.name },
    { name: 'slug', label: t('slug'), value: row?.slug },
    ...(fields?.(row) ?? []),
  ];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        {canAdd ? (
          <DialogButton openLabel={t('add')} title={t('add')} closeLabel={t('close')} variant="primary">
            <TaxonomyForm id={`new-${kind}`} locale={locale} fields={formFields()} save={save} labels={{ ...labels, save: t('add') }} />
          </DialogButton>
        ) : null}
      </div>
      <DataTable
        caption={title}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: 'name', header: t('name'), cell: (row) => <bdi className="font-bold">{row.name}</bdi> },
          { key: 'slug', header: t('slug'), cell: (row) => <bdi dir="ltr">{row.slug}</bdi>, secondary: true },
          ...columns,
          { key: 'articles', header: t('articlesColumn'), cell: (row) => t('articles', { count: row.articles }) },
          {
            key: 'edit',
            header: t('actions'),
            cell: (row) => (
              <DialogButton
                openLabel={<>{t('edit')}<span className="sr-only"> <bdi>{row.name}</bdi></span></>}
                title={t('editNamed', { name: row.name })}
                closeLabel={t('close')}
              >
                <TaxonomyForm id={`${kind}-${row.id}`} locale={locale} recordId={row.id} fields={formFields(row)} save={save} remove={remove} labels={labels} />
              </DialogButton>
            ),
          },
        ]}
      />
    </div>
  );
}
