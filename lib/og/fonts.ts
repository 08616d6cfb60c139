import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { woffToSfnt } from './woff';

// The card's faces, taken from the @fontsource packages the site already serves, unwrapped from
// WOFF into TrueType once per machine (sharp's FreeType reads plain sfnt files only).

const FACES = {
  naskh: 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff',
  kufi: 'noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff',
  latin: 'noto-sans/files/noto-sans-latin-700-normal.woff',
  // The same families' Latin subsets: digits and Latin letters ("2024", "FBI") in the title's own face.
  naskhLatin: 'noto-naskh-arabic/files/noto-naskh-arabic-latin-700-normal.woff',
  kufiLatin: 'noto-kufi-arabic/files/noto-kufi-arabic-latin-700-normal.woff',
} as const;

export type Face = keyof typeof FACES;

/** Pango family names of the faces above. */
export const FAMILIES: Record<Face, string> = {
  naskh: 'Noto Naskh Arabic',
  kufi: 'Noto Kufi Arabic',
  latin: 'Noto Sans',
  naskhLatin: 'Noto Naskh Arabic',
  kufiLatin: 'Noto Kufi Arabic',
};

const cacheDir = path.join(os.tmpdir(), 'midad-card-fonts');

export function fontFile(face: Face): string {
  const target = path.join(cacheDir, `${face}-700.ttf`);
  if (!existsSync(target)) {
    const source = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', FACES[face]);
    mkdirSync(cacheDir, { recursive: true });
    // Written beside and renamed, so a concurrent render never reads half a file.
    const partial = `${target}.${process.pid}.part`;
    writeFileSync(partial, woffToSfnt(readFileSync(source)));
    renameSync(partial, target);
  }
  return target;
}
