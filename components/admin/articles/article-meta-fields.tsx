import type { EditorArticle, EditorOptions } from '@/lib/articles/editor/types';
import { ARTICLE_KINDS } from '@/lib/articles/types';
import type { EditorLabels } from './editor-labels';
import { Field } from '@/components/ui/field';
import { inputClass, Options } from '@/components/ui/input';
import { SectionOptions } from '@/components/admin/section-options';
import { ImageField } from './image-field.client';

type Props = {
  article: EditorArticle | null;
  options: EditorOptions;
  labels: EditorLabels;
  errors: Record<string, string>;
  onChange: () => void;
};

/** Section, kind, byline, tags, picture and search-engine fields of the editor. */
export function ArticleMetaFields({ article, options, labels, errors, onChange }: Props) {
  return (
    <>
      <div className="grid gap-5 md:grid-cols-2">
        <Field id="sectionId" label={labels.section} error={errors.sectionId}>
          {(aria) => (
            <select {...aria} name="sectionId" required defaultValue={article?.sectionId} className={inputClass}>
              <SectionOptions sections={options.sections} localeNames={labels.locales} />
            </select>
          )}
        </Field>
        <Field id="kind" label={labels.kind} error={errors.kind}>
          {(aria) => (
            <select {...aria} name="kind" defaultValue={article?.kind ?? 'news'} className={inputClass}>
              <Options options={ARTICLE_KINDS.map((kind) => ({ value: kind, label: labels.kinds[kind] }))} />
            </select>
          )}
        </Field>
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby="authors-help">
        <legend className="font-bold">{labels.authors}</legend>
        <div className="flex max-h-40 flex-wrap gap-x-4 gap-y-2 overflow-y-auto">
          {options.authors.map((author) => (
            <label key={author.id} className="flex min-h-10 items-center gap-2">
              <input type="checkbox" name="authorId" value={author.id} defaultChecked={article?.authorIds.includes(author.id)} className="size-5" />
              <bdi>{author.name}</bdi>
            </label>
          ))}
        </div>
        <p id="authors-help" className="text-sm text-red-700">
          {errors.authorIds}
        </p>
      </fieldset>
      <Field id="tags" label={labels.tags} hint={labels.tagsHint} error={errors.tags}>
        {(aria) => <input {...aria} name="tags" dir="auto" defaultValue={article?.tags} className={inputClass} />}
      </Field>
      <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
        <legend className="px-1 font-bold">{labels.image}</legend>
        <ImageField
          initialUrl={article?.imageUrl ?? ''}
          initialSize={article?.imageWidth && article.imageHeight ? { width: article.imageWidth, height: article.imageHeight } : null} labels={labels} error={errors.imageUrl} onChange={onChange} library={options.media} />
        <Field id="imageAlt" label={labels.imageAlt} error={errors.imageAlt}>
          {(aria) => <input {...aria} name="imageAlt" dir="auto" defaultValue={article?.imageAlt} className={inputClass} />}
        </Field>
        <Field id="imageCaption" label={labels.imageCaption} error={errors.imageCaption}>
          {(aria) => <input {...aria} name="imageCaption" dir="auto" defaultValue={article?.imageCaption} className={inputClass} />}
        </Field>
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
        <legend className="px-1 font-bold">{labels.seo}</legend>
        <Field id="seoTitle" label={labels.seoTitle} error={errors.seoTitle}>
          {(aria) => <input {...aria} name="seoTitle" dir="auto" defaultValue={article?.seoTitle} className={inputClass} />}
        </Field>
        <Field id="seoDescription" label={labels.seoDescription} error={errors.seoDescription}>
          {(aria) => <textarea {...aria} name="seoDescription" rows={2} dir="auto" defaultValue={article?.seoDescription} className={inputClass} />}
        </Field>
      </fieldset>
    </>
  );
}
