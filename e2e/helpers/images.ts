export { HTML_FILE, pngHeaderClaiming, pngImage, SVG_FILE } from '../../test/fixtures/images';
