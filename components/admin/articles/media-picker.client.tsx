'use client';
import { useRef } from 'react';
import { buttonClass } from '@/components/ui/button';
import type { MediaItem } from '@/lib/media/types';
import type { EditorLabels } from './editor-labels';

/** The media library in a dialog: choosing a picture hands it (address, size, words) back. */
export function MediaPicker({ library, labels, onPick }: { library: MediaItem[]; labels: EditorLabels; onPick: (item: MediaItem) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={buttonClass('secondary', 'self-start')} onClick={() => dialog.current?.showModal()}>
        {labels.library}
      </button>
      <dialog ref={dialog} aria-labelledby="media-picker-title" className="m-auto w-full max-w-3xl rounded border border-line p-4 backdrop:bg-ink/50">
        <div className="mb-3 flex items-center justify-between gap-3">
          <h2 id="media-picker-title" className="text-lg font-bold">
            {labels.library}
          </h2>
          <button type="button" className={buttonClass('secondary')} onClick={() => dialog.current?.close()}>
            {labels.libraryClose}
          </button>
        </div>
        {library.length ? (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {library.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="flex w-full flex-col gap-1 rounded border border-line p-1 text-start text-sm hover:bg-line"
                  onClick={() => {
                    onPick(item);
                    dialog.current?.close();
                  }}
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail */}
                  <img src={item.url} alt="" className="aspect-video w-full rounded object-cover" loading="lazy" />
                  <span>{item.alt || labels.libraryNoAlt}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{labels.libraryEmpty}</p>
        )}
      </dialog>
    </>
  );
}
