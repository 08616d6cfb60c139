import seed from '../../prisma/demo/seed-article.json';

export { seed };

/** The seed article's URL path, encoded the way the site links it. */
export const seedArticlePath = `/ar/news/${encodeURIComponent(
  seed.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'),
)}`;
