/** What POST /api/media answers; the editor keeps `id` and shows `url`. */
export type UploadedMedia = { id: number; url: string; width: number; height: number };

export type MediaVariant = { width: number; fileName: string };

/** What a writer may say about a picture, once, for every article that uses it. */
export type MediaDetails = { alt: string; caption: string; credit: string };

/** A picture of the media library. */
export type MediaItem = MediaDetails & { id: number; url: string; width: number; height: number; createdAt: string };
