'use client';
import type { Editor } from '@tiptap/react';

export type ToolbarLabels = Record<
  'label' | 'bold' | 'italic' | 'h2' | 'h3' | 'bulletList' | 'orderedList' | 'blockquote' | 'link' | 'linkPrompt' | 'undo' | 'redo',
  string
>;
type Active = Record<'bold' | 'italic' | 'h2' | 'h3' | 'bulletList' | 'orderedList' | 'blockquote' | 'link', boolean> | null;

/** Formatting buttons; each states whether it is on, for screen readers too. */
export function EditorToolbar({ editor, active, labels }: { editor: Editor | null; active: Active; labels: ToolbarLabels }) {
  const chain = () => editor!.chain().focus();
  const link = () => {
    const previous = editor?.getAttributes('link').href as string | undefined;
    const href = window.prompt(labels.linkPrompt, previous ?? 'https://');
    if (href === null) return;
    if (href.trim() === '') chain().extendMarkRange('link').unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };
  const buttons: { key: keyof Omit<ToolbarLabels, 'label' | 'linkPrompt'>; text: string; run: () => void }[] = [
    { key: 'bold', text: 'B', run: () => chain().toggleBold().run() },
    { key: 'italic', text: 'I', run: () => chain().toggleItalic().run() },
    { key: 'h2', text: 'H2', run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', text: 'H3', run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bulletList', text: '•', run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', text: '1.', run: () => chain().toggleOrderedList().run() },
    { key: 'blockquote', text: '❝', run: () => chain().toggleBlockquote().run() },
    { key: 'link', text: '🔗', run: link },
    { key: 'undo', text: '↶', run: () => chain().undo().run() },
    { key: 'redo', text: '↷', run: () => chain().redo().run() },
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
            className="min-h-10 min-w-10 rounded px-2 font-bold hover:bg-line aria-pressed:bg-ink aria-pressed:text-white"
          >
            <bdi>{button.text}</bdi>
          </button>
        );
      })}
    </div>
  );
}
