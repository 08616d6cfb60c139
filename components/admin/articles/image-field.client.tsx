'use client';
import { useState } from 'react';
import type { EditorLabels } from './editor-labels';
import { Field } from '@/components/ui/field';
import { inputClass } from '@/components/ui/input';
import type { MediaItem } from '@/lib/media/types';
import { MediaPicker } from './media-picker.client';

type Size = { width: number; height: number };
type Props = { initialUrl: string; initialSize: Size | null; labels: EditorLabels; error?: string; onChange: () => void; library: MediaItem[] };

/**
 * The feature image: an address, or a file uploaded to /api/media, which checks and re-encodes
 * it and answers with the stored image's address (or an error in the writer's language).
 */
export function ImageField({ initialUrl, initialSize, labels, error, onChange, library }: Props) {
  const [url, setUrl] = useState(initialUrl);
  const [size, setSize] = useState<Size | null>(initialSize);
  const [uploadError, setUploadError] = useState('');
  const [busy, setBusy] = useState(false);

  async function upload(file: File) {
    setBusy(true);
    setUploadError('');
    try {
      const body = new FormData();
      body.append('file', file);
      const response = await fetch('/api/media', { method: 'POST', body, headers: { 'accept-language': document.documentElement.lang } });
      const data = (await response.json().catch(() => ({}))) as { url?: string; width?: number; height?: number; error?: string };
      if (!response.ok || !data.url) throw new Error(data.error || labels.errors.upload);
      setUrl(data.url);
      setSize(data.width && data.height ? { width: data.width, height: data.height } : null);
      onChange();
    } catch (failure) {
      setUploadError(failure instanceof Error ? failure.message : labels.errors.upload);
    } finally {
      setBusy(false);
    }
  }

  // A picture from the library brings its words: the article's alternative text and caption
  // fields (plain inputs outside this leaf) take them, and the writer may still change them.
  function pick(item: MediaItem) {
    setUrl(item.url);
    setSize({ width: item.width, height: item.height });
    setUploadError('');
    const fill = (id: string, value: string) => {
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement && value) input.value = value;
    };
    fill('imageAlt', item.alt);
    fill('imageCaption', [item.caption, item.credit].filter(Boolean).join(' — '));
    onChange();
  }

  return (
    <div className="flex flex-col gap-3">
      <Field id="imageUrl" label={labels.imageUrl} error={error || uploadError}>
        {(aria) => (
          <input {...aria} name="imageUrl" dir="ltr" value={url} onChange={(event) => {
              setUrl(event.target.value);
              setSize(null);
            }} className={inputClass} />
        )}
      </Field>
      <input type="hidden" name="imageWidth" value={size?.width ?? ''} />
      <input type="hidden" name="imageHeight" value={size?.height ?? ''} />
      <label className="flex flex-col gap-1">
        <span className="font-bold">{busy ? labels.uploading : labels.imageUpload}</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </label>
      <MediaPicker library={library} labels={labels} onPick={pick} />
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of any address the writer types
        <img src={url} alt="" className="max-h-48 w-auto self-start rounded border border-line" />
      ) : null}
    </div>
  );
}
