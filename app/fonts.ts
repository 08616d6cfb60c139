import localFont from 'next/font/local';

// Self-hosted from @fontsource packages (no network at build time). `optional` never swaps a
// font in after first paint, so text does not move; the files are preloaded and usually win.
export const naskh = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-naskh',
  display: 'optional',
  fallback: ['Noto Naskh Arabic', 'Amiri', 'Tahoma', 'serif'],
});

export const kufi = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff2', weight: '700' }],
  variable: '--font-kufi',
  display: 'optional',
  fallback: ['Tahoma', 'sans-serif'],
});

export const latin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-latin',
  display: 'optional',
  fallback: ['Arial', 'sans-serif'],
});
