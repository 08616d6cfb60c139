import type { DiffPart } from '@/lib/articles/editor/revision-diff';

/** Added words underlined in green, removed ones struck through in red, in the edition's direction. */
export function DiffView({
  label,
  parts,
  addedLabel,
  removedLabel,
  lang,
  dir,
}: {
  label: string;
  parts: DiffPart[];
  addedLabel: string;
  removedLabel: string;
  lang: string;
  dir: 'rtl' | 'ltr';
}) {
  return (
    <section className="flex flex-col gap-1">
      <h3 className="font-bold">{label}</h3>
      <p lang={lang} dir={dir} className="whitespace-pre-wrap rounded border border-line p-3 leading-loose">
        {parts.map((part, index) =>
          part.change === 'added' ? (
            <ins key={index} title={addedLabel} className="bg-green-100 text-green-900">
              {part.text}
            </ins>
          ) : part.change === 'removed' ? (
            <del key={index} title={removedLabel} className="bg-red-100 text-red-900">
              {part.text}
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </section>
  );
}
