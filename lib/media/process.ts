import sharp, { type Metadata, type Sharp } from 'sharp';
import { detectImageFormat, type ImageFormat } from './detect';
import { MediaError } from './errors';
import { COPY_FORMATS, copyWidths, type CopyFormat, MAX_PIXELS, MAX_SIDE } from './limits';

export type ProcessedImage = {
  format: ImageFormat;
  width: number;
  height: number;
  data: Buffer;
  variants: { width: number; format: CopyFormat; data: Buffer }[];
};

// sharp's names for what each accepted format decodes as (AVIF is an HEIF container).
const SHARP_FORMAT: Record<ImageFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' };

/** Reads only the header: the size is known, and judged, before a single pixel is decoded. */
export async function inspectImage(bytes: Buffer): Promise<{ format: ImageFormat; width: number; height: number }> {
  const format = detectImageFormat(bytes);
  if (!format) throw new MediaError('unsupported');
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaError('corrupt');
  }
  if (meta.format !== SHARP_FORMAT[format]) throw new MediaError('unsupported');
  const { width, height } = meta;
  if (!width || !height) throw new MediaError('corrupt');
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) throw new MediaError('tooManyPixels');
  return { format, width, height };
}

function encode(image: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 82, progressive: true });
    case 'png':
      return image.png({ compressionLevel: 8 });
    case 'webp':
      return image.webp({ quality: 80 });
    case 'avif':
      return image.avif({ quality: 55, effort: 2 });
  }
}

/** A copy `width` pixels wide, in `format`, of an image already re-encoded (upright, no metadata). */
export function encodeCopy(image: Sharp, width: number, format: CopyFormat): Promise<Buffer> {
  const resized = image.resize({ width });
  return (format === 'avif' ? resized.avif({ quality: 50, effort: 2 }) : resized.webp({ quality: 78 })).toBuffer();
}

/**
 * Decodes and re-encodes the upload in its own format (sharp drops EXIF, GPS and other metadata
 * unless asked to keep it), turned upright first, plus AVIF and WebP copies at the responsive widths.
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  const { format } = await inspectImage(bytes);
  // The pixel limit is enforced again by the decoder itself, in case a header lied.
  const source = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
  try {
    const { data, info } = await encode(source(), format).toBuffer({ resolveWithObject: true });
    const variants = await Promise.all(
      COPY_FORMATS.flatMap((copyFormat) =>
        copyWidths(info.width, copyFormat, format).map(async (width) => ({
          width,
          format: copyFormat,
          data: await encodeCopy(source(), width, copyFormat),
        })),
      ),
    );
    return { format, width: info.width, height: info.height, data, variants };
  } catch {
    throw new MediaError('corrupt');
  }
}
