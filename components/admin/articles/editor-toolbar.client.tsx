'use client';
import type { Editor } from '@tiptap/react';
import { LinkDialog } from './link-dialog.client';

export type ToolbarLabels = Record<
  | 'label' | 'bold' | 'italic' | 'h2' | 'h3' | 'bulletList' | 'orderedList' | 'blockquote' | 'link' | 'linkPrompt' | 'undo' | 'redo'
  | 'rtl' | 'ltr' | 'linkDialog' | 'linkApply' | 'linkRemove' | 'linkCancel' | 'linkInvalid' | 'pastedImages',
  string
>;
type ButtonKey = 'bold' | 'italic' | 'h2' | 'h3' | 'bulletList' | 'orderedList' | 'blockquote' | 'rtl' | 'ltr' | 'undo' | 'redo';
type Active = Record<'bold' | 'italic' | 'h2' | 'h3' | 'bulletList' | 'orderedList' | 'blockquote' | 'link' | 'rtl' | 'ltr', boolean> | null;

/**
 * Formatting buttons; each states whether it is on, for screen readers too. Arabic has no italic
 * (browsers slant the letters artificially), so an Arabic edition is not offered one. Undo and
 * redo arrows point the way the text runs.
 */
export function EditorToolbar({ editor, active, labels, dir }: { editor: Editor | null; active: Active; labels: ToolbarLabels; dir: 'rtl' | 'ltr' }) {
  const chain = () => editor!.chain().focus();
  // A block set to the edition's own direction needs no attribute of its own.
  const setDirection = (value: 'rtl' | 'ltr') => chain().setTextDirection(value).run();
  const buttons: { key: ButtonKey; text: string; run: () => void; mirrored?: boolean }[] = [
    { key: 'bold', text: 'B', run: () => chain().toggleBold().run() },
    ...(dir === 'rtl' ? [] : [{ key: 'italic' as const, text: 'I', run: () => chain().toggleItalic().run() }]),
    { key: 'h2', text: 'H2', run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', text: 'H3', run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bulletList', text: '•', run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', text: '1.', run: () => chain().toggleOrderedList().run() },
    { key: 'blockquote', text: '❝', run: () => chain().toggleBlockquote().run() },
    { key: 'rtl', text: '⇠', run: () => setDirection('rtl') },
    { key: 'ltr', text: '⇢', run: () => setDirection('ltr') },
    { key: 'undo', text: '↶', run: () => chain().undo().run(), mirrored: true },
    { key: 'redo', text: '↷', run: () => chain().redo().run(), mirrored: true },
  ];
  return (
    <div role="toolbar" aria-label={labels.label} className="flex flex-wrap gap-1 rounded-t border border-b-0 border-line bg-gray-50 p-1">
      {buttons.map((button) => {
        const pressed = active && button.key in active ? active[button.key as keyof NonNullable<Active>] : undefined;
        return (
          <button
            key={button.key}
            type="button"
            onClick={button.run}
            disabled={!editor}
            aria-label={labels[button.key]}
            title={labels[button.key]}
            aria-pressed={pressed}
            className="min-h-11 min-w-11 rounded px-2 font-bold hover:bg-line aria-pressed:bg-ink aria-pressed:text-white"
          >
            {/* The arrows are drawn for left-to-right text; in Arabic they are turned round. */}
            <span aria-hidden="true" className={button.mirrored ? 'inline-block rtl:-scale-x-100' : undefined}>
              {button.text}
            </span>
          </button>
        );
      })}
      <LinkDialog editor={editor} active={!!active?.link} labels={labels} />
    </div>
  );
}
