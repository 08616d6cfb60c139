'use client';
import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useState } from 'react';
import { cleanPastedHtml, dropExternalImages } from '@/lib/articles/editor/clean-paste';
import { EditorToolbar, type ToolbarLabels } from './editor-toolbar.client';

type Props = {
  name: string;
  initialHtml: string;
  label: string;
  dir: 'rtl' | 'ltr';
  toolbar: ToolbarLabels;
  onChange: () => void;
  describedBy?: string;
};

/**
 * The rich-text body. Every block takes the edition's direction (an Arabic paragraph that starts
 * with "FBI" is still right to left, its list bullets on the right); a block in the other
 * direction (a French quote) is set so with the toolbar's direction buttons. The HTML travels in
 * a hidden field.
 */
export function BodyEditor({ name, initialHtml, label, dir, toolbar, onChange, describedBy }: Props) {
  const [html, setHtml] = useState(initialHtml);
  const [notice, setNotice] = useState('');
  const editor = useEditor({
    immediatelyRender: false,
    textDirection: dir,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        link: { openOnClick: false, protocols: ['mailto'], defaultProtocol: 'https' },
        code: false,
        codeBlock: false,
      }),
      Image,
    ],
    content: initialHtml,
    editorProps: {
      attributes: {
        dir,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class: 'article-body min-h-72 rounded-b border border-line bg-white px-4 py-3 text-lg focus:outline-none',
      },
      transformPastedHTML: (pasted) => {
        const { html: kept, dropped } = dropExternalImages(cleanPastedHtml(pasted));
        setNotice(dropped ? toolbar.pastedImages : '');
        return kept;
      },
    },
    onUpdate: ({ editor: current }) => {
      setHtml(current.getHTML());
      onChange();
    },
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: !!current?.isActive('bold'),
      italic: !!current?.isActive('italic'),
      h2: !!current?.isActive('heading', { level: 2 }),
      h3: !!current?.isActive('heading', { level: 3 }),
      bulletList: !!current?.isActive('bulletList'),
      orderedList: !!current?.isActive('orderedList'),
      blockquote: !!current?.isActive('blockquote'),
      link: !!current?.isActive('link'),
      rtl: (current?.state.selection.$from.parent.attrs.dir ?? dir) === 'rtl',
      ltr: (current?.state.selection.$from.parent.attrs.dir ?? dir) === 'ltr',
    }),
  });

  return (
    <div>
      <EditorToolbar editor={editor} active={active} labels={toolbar} dir={dir} />
      <EditorContent editor={editor} data-testid="body-editor" />
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {notice}
      </p>
      <input type="hidden" name={name} value={html} />
    </div>
  );
}
