import sharp from 'sharp';
import { EXTENSION, type ImageFormat } from './detect';
import { copyWidths, type CopyFormat, MAX_PIXELS } from './limits';
import { encodeCopy } from './process';
import { mainName, type MediaStore } from './store';

// Uploads stored before a kind of copy was made (AVIF came after WebP) get it on the first
// request for it, made from the original and stored like any other copy; pages can then list
// every copy from the picture's address and width alone. Only the copies an upload of that width
// would have had at upload can be made, so requests cannot fill the store.

const COPY_NAME = /^([a-f0-9]{24})-(\d{2,5})\.(avif|webp)$/;
const making = new Map<string, Promise<boolean>>();

async function findOriginal(base: string, store: MediaStore): Promise<{ format: ImageFormat; name: string } | null> {
  for (const format of Object.keys(EXTENSION) as ImageFormat[]) {
    const name = mainName(base, format);
    if ((await store.size(name)) !== null) return { format, name };
  }
  return null;
}

async function make(name: string, store: MediaStore): Promise<boolean> {
  const [, base, widthText, format] = COPY_NAME.exec(name) ?? [];
  if (!base) return false;
  const original = await findOriginal(base, store);
  const bytes = original && (await store.read(original.name));
  if (!original || !bytes) return false;
  const image = () => sharp(bytes, { limitInputPixels: MAX_PIXELS });
  const { width } = await image().metadata();
  if (!width || !copyWidths(width, format as CopyFormat, original.format).includes(Number(widthText))) return false;
  const data = await encodeCopy(image(), Number(widthText), format as CopyFormat);
  try {
    await store.write([{ name, data }]);
  } catch (error) {
    // Another instance made it first: stores write new files only.
    if ((await store.size(name)) === null) throw error;
  }
  return true;
}

async function makeOrSayWhy(name: string, store: MediaStore): Promise<boolean> {
  try {
    return await make(name, store);
  } catch (error) {
    // The reader gets a 404 for this copy, not an error page; the original still shows.
    console.error(`media: the copy ${name} could not be made`, error);
    return false;
  }
}

/** Makes the copy `name` from its original when the upload should have it; false when it should not. */
export function makeMissingCopy(name: string, store: MediaStore): Promise<boolean> {
  // One encoding per copy, however many readers ask for it at once.
  let pending = making.get(name);
  if (!pending) {
    pending = makeOrSayWhy(name, store).finally(() => making.delete(name));
    making.set(name, pending);
  }
  return pending;
}
