import sharp from 'sharp';
import { CARD_SIZE } from '@/lib/seo/share-image';
import { escapeHtml } from '@/lib/utils/escape-html';
import { FAMILIES, fontFile, type Face } from './fonts';

// The share card of an article without a raster feature image: its title set in Noto Naskh
// Arabic by Pango, which shapes Arabic with HarfBuzz and orders it right to left (satori and
// next/og draw isolated letters left to right, so they are not used).

export type CardInput = { title: string; label: string; siteName: string; dir: 'rtl' | 'ltr' };

const INK = '#14213d';
const ACCENT = '#b5179e';
const LABEL = '#f3a6e6';
const MARGIN = 72;
const TEXT_WIDTH = CARD_SIZE.width - 2 * MARGIN;
export const TITLE_BOX = { top: 190, height: 330 };
export const CARD_MARGIN = MARGIN;

function markup(text: string, color: string): string {
  return `<span foreground="${color}">${escapeHtml(text)}</span>`;
}

let fallbacks: Promise<unknown> | undefined;

/**
 * Makes the Latin subsets (and Noto Sans) known to Pango before any title is set. A render names
 * one font file only, and libvips adds it to fontconfig for the rest of the process; a run the
 * named file cannot draw (digits, "FBI" in an Arabic title) then falls back to the same family's
 * Latin subset instead of whatever the system has (DejaVu Sans). Rendering one character with each
 * file is the only way libvips offers to register a font.
 */
function registerFallbacks(): Promise<unknown> {
  fallbacks ??= Promise.all(
    (['naskhLatin', 'kufiLatin', 'latin'] as const).map((face) =>
      sharp({ text: { text: '0', font: `${FAMILIES[face]} Bold 12`, fontfile: fontFile(face) } }).png().toBuffer(),
    ),
  );
  return fallbacks;
}

/** One block of text, wrapped to the card's text width; exported for the shaping tests. */
export async function textLayer(text: string, face: Face, size: number, color: string, height?: number) {
  await registerFallbacks();
  // Pango mirrors alignment in a right-to-left paragraph, so "left" is the start side in every
  // language: the right edge of an Arabic title, the left edge of a French one.
  const { data, info } = await sharp({
    text: {
      text: markup(text, color),
      font: `${FAMILIES[face]}, ${FAMILIES.latin} Bold ${size}`,
      fontfile: fontFile(face),
      width: TEXT_WIDTH,
      ...(height ? { height } : { dpi: 72 }),
      align: 'left',
      wrap: 'word',
      rgba: true,
      spacing: Math.round(size * 0.25),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Picks a title size by length; a title too tall for its box is fitted to it instead. */
async function titleLayer(title: string) {
  const size = title.length <= 45 ? 68 : title.length <= 90 ? 56 : 46;
  const layer = await textLayer(title, 'naskh', size, '#ffffff');
  return layer.height <= TITLE_BOX.height ? layer : textLayer(title, 'naskh', size, '#ffffff', TITLE_BOX.height);
}

export async function renderCard(input: CardInput): Promise<Buffer> {
  const [site, label, title] = await Promise.all([
    textLayer(input.siteName, 'kufi', 44, '#ffffff'),
    textLayer(input.label, 'kufi', 30, LABEL),
    titleLayer(input.title),
  ]);
  // Layers start on the reading side: the right edge in Arabic, the left in French and English.
  const start = (width: number) => (input.dir === 'rtl' ? CARD_SIZE.width - MARGIN - width : MARGIN);
  const titleTop = TITLE_BOX.top + Math.max(0, Math.round((TITLE_BOX.height - title.height) / 2));
  return sharp({ create: { ...CARD_SIZE, channels: 4, background: INK } })
    .composite([
      { input: await band(), top: CARD_SIZE.height - 14, left: 0 },
      { input: site.data, top: 56, left: start(site.width) },
      { input: label.data, top: 122, left: start(label.width) },
      { input: title.data, top: titleTop, left: start(title.width) },
    ])
    .png()
    .toBuffer();
}

function band(): Promise<Buffer> {
  return sharp({ create: { width: CARD_SIZE.width, height: 14, channels: 4, background: ACCENT } }).png().toBuffer();
}
