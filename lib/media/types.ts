/** What POST /api/media answers; the editor keeps `id` and shows `url`. */
export type UploadedMedia = { id: number; url: string; width: number; height: number };

export type MediaVariant = { width: number; fileName: string };
