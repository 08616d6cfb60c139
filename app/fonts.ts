import localFont from 'next/font/local';

// Self-hosted from @fontsource packages (no network at build time): the Arabic faces cut down to
// the characters of Arabic as written here (app/font-files, made by scripts/subset-fonts.sh from
// the unicode-range below), and the Latin subset of Noto Sans; only the weights the pages use.
// All five are preloaded, so every byte of them is downloaded before the first paint.
//
// Each variable names its face only: the stacks are composed in globals.css, Arabic face first,
// then the Latin face for digits and Latin words, then system fonts. A generic family inside an
// Arabic variable would catch "FBI" and digits before the Latin face ever got them. The
// unicode-range keeps the Arabic files from answering for Latin characters they happen to hold.
//
// next/font's defaults do the rest, so only what differs from them is written: `swap` with
// preload (a first visit from a social link shows text at once and the preloaded faces normally
// arrive before first paint), no fallback family in a variable, and a fallback size-adjusted from
// Arial, which the Arabic faces turn off and the Latin face keeps, so a late swap does not move
// lines. (next/font reads these options at build time: they must be literals, not a shared object.)
export const naskh = localFont({
  src: [
    { path: './font-files/noto-naskh-arabic-400.woff2', weight: '400' },
    { path: './font-files/noto-naskh-arabic-700.woff2', weight: '700' },
  ],
  variable: '--font-naskh',
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+060C, U+061B, U+061F, U+0621-063A, U+0640-0655, U+0660-066D, U+0670-0671, U+067E, U+0686, U+06A4, U+06A9, U+06AF, U+06CC, U+200C-200F, U+FD3E-FD3F, U+FDF2, U+FE70-FE74, U+FE76-FEFC',
    },
  ],
});

export const kufi = localFont({
  src: [{ path: './font-files/noto-kufi-arabic-700.woff2', weight: '700' }],
  variable: '--font-kufi',
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+060C, U+061B, U+061F, U+0621-063A, U+0640-0655, U+0660-066D, U+0670-0671, U+067E, U+0686, U+06A4, U+06A9, U+06AF, U+06CC, U+200C-200F, U+FD3E-FD3F, U+FDF2, U+FE70-FE74, U+FE76-FEFC',
    },
  ],
});

export const latin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-latin',
});
