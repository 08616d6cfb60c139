import type { ImgHTMLAttributes } from 'react';

type PictureProps = ImgHTMLAttributes<HTMLImageElement> & { alt: string; avifSrcSet?: string };

/**
 * An `<img>`, wrapped in a `<picture>` that offers the upload's AVIF copies first when it has
 * them (lib/media/responsive.ts); browsers without AVIF take the `<img>`'s own `srcSet`. The
 * wrapper takes no box of its own (globals.css), so the picture lays out as the bare `<img>`.
 */
export function Picture({ avifSrcSet, sizes, alt, ...img }: PictureProps) {
  // Uploads come with their own copies; next/image would make and serve copies of its own.
  // eslint-disable-next-line @next/next/no-img-element
  const element = <img alt={alt} sizes={sizes} {...img} />;
  if (!avifSrcSet) return element;
  return (
    <picture>
      <source type="image/avif" srcSet={avifSrcSet} sizes={sizes} />
      {element}
    </picture>
  );
}
