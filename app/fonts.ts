import localFont from 'next/font/local';

// Self-hosted from @fontsource packages (no network at build time): the Arabic subsets of the
// Arabic faces and the Latin subset of Noto Sans, only the weights the pages use.
//
// Each variable names its face only: the stacks are composed in globals.css, Arabic face first,
// then the Latin face for digits and Latin words, then system fonts. A generic family inside an
// Arabic variable would catch "FBI" and digits before the Latin face ever got them. The
// unicode-range keeps the Arabic files from answering for Latin characters they happen to hold.
//
// `swap` with preload: a first visit from a social link shows text at once and the preloaded
// faces normally arrive before first paint; the Latin fallback is size-adjusted to Noto Sans so
// a late swap does not move lines.
export const naskh = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-naskh',
  display: 'swap',
  adjustFontFallback: false,
  fallback: [],
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC',
    },
  ],
});

export const kufi = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff2', weight: '700' }],
  variable: '--font-kufi',
  display: 'swap',
  adjustFontFallback: false,
  fallback: [],
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC',
    },
  ],
});

export const latin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-latin',
  display: 'swap',
  adjustFontFallback: 'Arial',
  fallback: [],
});
