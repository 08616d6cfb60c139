import sharp from 'sharp';
import { processImage } from '@/lib/media/process';
import { readUpload } from '@/lib/media/read-upload';
import { HTML_FILE, pngHeaderClaiming, SVG_FILE, uploadRequest } from '@/test/fixtures/images';

// How fast, and with how much memory growth, uploads are refused or processed.
async function measure(label: string, run: () => Promise<unknown>) {
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  let outcome = 'accepted';
  try {
    await run();
  } catch (error) {
    outcome = `refused (${(error as Error).message})`;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const grew = (process.memoryUsage().rss - rss0) / 1024 / 1024;
  console.log(`${label.padEnd(42)} ${ms.toFixed(1).padStart(8)} ms   rss +${grew.toFixed(1).padStart(6)} MB   ${outcome}`);
}

async function main() {
  const photo = await sharp({
    create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  })
    .jpeg({ quality: 85 })
    .toBuffer();
  const through = (bytes: Buffer, name: string) => async () => processImage(await readUpload(uploadRequest(bytes, name)));
  await measure('50,000 × 50,000 PNG header', through(pngHeaderClaiming(50_000, 50_000), 'bomb.png'));
  await measure('HTML renamed .jpg', through(HTML_FILE, 'photo.jpg'));
  await measure('SVG', through(SVG_FILE, 'logo.svg'));
  await measure(`12 MP JPEG (${(photo.length / 1024 / 1024).toFixed(1)} MB), re-encoded + 4 sizes`, through(photo, 'photo.jpg'));
}

void main();
