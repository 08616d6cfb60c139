import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import seed from '@/prisma/demo/seed-article.json';
import { fontFile } from './fonts';
import { CARD_MARGIN, renderCard, textLayer, TITLE_BOX } from './render-card';

// Machine checks on the rendered pixels: Arabic letters joined (shaped), words ordered and set
// right to left. The cards are also written to test-results/ to be looked at.

type Raw = { data: Buffer; width: number; height: number };

async function raw(png: Buffer): Promise<Raw> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Bounding box of the pixels `isInk` accepts, within rows [top, bottom). */
function inkBox(image: Raw, isInk: (r: number, g: number, b: number, a: number) => boolean, top = 0, bottom = image.height) {
  let minX = Infinity, maxX = -Infinity, minY = Infinity;
  let topX = -1;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (!isInk(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!)) continue;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      if (y < minY) [minY, topX] = [y, x];
    }
  }
  return { minX, maxX, width: maxX - minX + 1, topX };
}

const opaque = (_r: number, _g: number, _b: number, a: number) => a > 128;
const white = (r: number, g: number, b: number) => r > 200 && g > 200 && b > 200;

function save(name: string, png: Buffer) {
  const dir = path.join(process.cwd(), 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), png);
}

// First in the file on purpose: fonts registered by any render stay registered for the process,
// so the card must be drawn before the reference face is named explicitly.
describe('digits in an Arabic title', () => {
  it('are drawn in the shipped Naskh face, pixel for pixel, not in a system font', async () => {
    const title = 'قانون المالية لسنة 2024';
    save('share-card-digits.png', await renderCard({ title, label: 'اقتصاد', siteName: 'مداد', dir: 'rtl' }));
    const drawn = await raw((await textLayer('2024', 'naskh', 68, '#000000')).data);
    const face = async (font: string, fontfile: string) => {
      const { data, info } = await sharp({
        text: { text: '<span foreground="#000000">2024</span>', font, fontfile, width: 1056, dpi: 72, align: 'left', wrap: 'word', rgba: true, spacing: 17 },
      })
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    };
    const naskh = await face('Noto Naskh Arabic Bold 68', fontFile('naskhLatin'));
    expect([drawn.width, drawn.height]).toEqual([naskh.width, naskh.height]);
    expect(drawn.data.equals(naskh.data)).toBe(true);
    // And the system's sans (what the card fell back to) draws them visibly differently.
    const system = await face('DejaVu Sans Bold 68', fontFile('latin'));
    expect(inkBox(system, opaque).width).not.toBe(inkBox(drawn, opaque).width);
  });
});

describe('share card text', () => {
  it('joins Arabic letters: a word is narrower than its letters forced apart', async () => {
    const joined = inkBox(await raw((await textLayer('بببببب', 'naskh', 60, '#000000')).data), opaque);
    // U+200C (zero-width non-joiner) takes no room of its own; it only stops the letters joining.
    const apart = inkBox(await raw((await textLayer('ب\u200cب\u200cب\u200cب\u200cب\u200cب', 'naskh', 60, '#000000')).data), opaque);
    expect(joined.width).toBeLessThan(apart.width * 0.8);
  });

  it('sets the first letter on the right: the alef of "اب" is its rightmost stroke', async () => {
    const box = inkBox(await raw((await textLayer('اب', 'naskh', 80, '#000000')).data), opaque);
    // The alef's top is the highest ink of the word; in right-to-left order it stands at the right end.
    expect(box.topX).toBeGreaterThan(box.minX + box.width * 0.7);
  });
});

describe('renderCard', () => {
  it('draws the seed title shaped and from the right edge', async () => {
    const png = await renderCard({ title: seed.title, label: seed.section, siteName: 'مداد', dir: 'rtl' });
    save('share-card-ar.png', png);
    const image = await raw(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const title = inkBox(image, white, TITLE_BOX.top, TITLE_BOX.top + TITLE_BOX.height);
    // The title starts at the right margin (the start side in Arabic)...
    expect(title.maxX).toBeGreaterThan(1200 - CARD_MARGIN - 6);
    expect(title.maxX).toBeLessThanOrEqual(1200 - CARD_MARGIN + 2);
    // ...and no line runs past the left margin.
    expect(title.minX).toBeGreaterThanOrEqual(CARD_MARGIN - 2);
    // The wrapped second line ("لمدير FBI") also hangs from the right edge, not the left.
    const secondLine = inkBox(image, white, TITLE_BOX.top + TITLE_BOX.height / 2, TITLE_BOX.top + TITLE_BOX.height);
    expect(secondLine.maxX).toBeGreaterThan(1200 - CARD_MARGIN - 6);
    expect(secondLine.minX).toBeGreaterThan(600);
  });

  it('draws a French title from the left edge', async () => {
    const png = await renderCard({ title: 'Le Maroc accueille une conférence', label: 'Actualité', siteName: 'Midad', dir: 'ltr' });
    save('share-card-fr.png', png);
    const title = inkBox(await raw(png), white, TITLE_BOX.top, TITLE_BOX.top + TITLE_BOX.height);
    expect(title.minX).toBeLessThan(CARD_MARGIN + 8);
    expect(title.maxX).toBeLessThan(1200 - CARD_MARGIN);
  });
});
