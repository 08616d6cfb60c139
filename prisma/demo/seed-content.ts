import type { PrismaClient } from '.prisma/sqlite';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { articleSearchFields } from '@/lib/search/document';
import { slugify } from '@/lib/utils/arabic';
import { authors, sections, tags } from './catalog';
import seedArticle from './seed-article.json';
import { arabicStories, englishStories, frenchStories } from './stories';

type Db = PrismaClient;
const HOUR = 3_600_000;

/** Fills an empty database with the demo site. Returns the number of articles written. */
export async function seedDemoContent(db: Db, now: Date = new Date()): Promise<number> {
  if ((await db.article.count()) > 0) return 0;

  const sectionIds = new Map<string, number>();
  for (const [locale, list] of Object.entries(sections)) {
    for (const [position, section] of list.entries()) {
      const row = await db.section.create({ data: { ...section, locale, position } });
      sectionIds.set(section.slug, row.id);
    }
  }
  const authorIds = new Map<string, number>();
  for (const author of authors) {
    const row = await db.author.create({ data: { ...author } });
    authorIds.set(author.name, row.id);
  }
  const tagIds = new Map<string, number>();
  for (const [locale, list] of Object.entries(tags)) {
    for (const tag of list) tagIds.set(tag.slug, (await db.tag.create({ data: { ...tag, locale } })).id);
  }

  const write = async (input: {
    locale: string; title: string; dek: string; paragraphs: readonly string[]; section: string;
    author: string; kind: string; publishedAt: Date; picture: number | null; tagSlugs: string[];
  }) => {
    const body = paragraphsToHtml(input.paragraphs);
    await db.article.create({
      data: {
        locale: input.locale,
        slug: slugify(input.title),
        title: input.title,
        dek: input.dek,
        body,
        ...articleSearchFields({ locale: input.locale, title: input.title, dek: input.dek, body }),
        status: 'published',
        kind: input.kind,
        publishedAt: input.publishedAt,
        // Never edited since publication: seeding is not an editorial change.
        updatedAt: input.publishedAt,
        sectionId: sectionIds.get(input.section)!,
        ...(input.picture
          ? { imageUrl: `/demo/picture-${input.picture}.svg`, imageWidth: 1200, imageHeight: 675,
              imageAlt: input.title, imageCaption: input.dek }
          : {}),
        authors: { create: [{ authorId: authorIds.get(input.author)!, position: 0 }] },
        tags: { create: input.tagSlugs.map((slug) => ({ tagId: tagIds.get(slug)! })) },
      },
    });
  };

  // The model article, text byte for byte; it leads its opinion column.
  await write({
    locale: 'ar', title: seedArticle.title, dek: '', paragraphs: seedArticle.paragraphs, section: 'ala-masouliyati',
    author: seedArticle.author, kind: 'opinion', publishedAt: new Date(seedArticle.publishedAt), picture: 1,
    tagSlugs: ['الأمن', 'الرباط', 'التعاون-الدولي'],
  });

  const arabicAuthors = authors.slice(1, 8).map((author) => author.name);
  const arabicTags = tags.ar.map((tag) => tag.slug);
  let count = 1;
  for (const [sectionSlug, stories] of Object.entries(arabicStories)) {
    const opinion = sectionSlug === 'ala-masouliyati';
    for (const [index, [title, dek]] of stories.titles.entries()) {
      // Opinion pieces predate the model article so it stays first in its column.
      const publishedAt = opinion
        ? new Date(new Date(seedArticle.publishedAt).getTime() - (index + 1) * 24 * HOUR)
        : new Date(now.getTime() - (count * 3 + index) * HOUR);
      const paragraphs = stories.paragraphs.slice(index % 2, (index % 2) + 4);
      await write({
        locale: 'ar', title, dek, paragraphs, section: sectionSlug,
        author: opinion ? authors[0].name : arabicAuthors[count % arabicAuthors.length]!,
        kind: opinion ? 'opinion' : index === 2 ? 'analysis' : 'news', publishedAt,
        picture: (count % 8) + 1, tagSlugs: [arabicTags[count % arabicTags.length]!],
      });
      count += 1;
    }
  }

  for (const [locale, stories, author, tag] of [
    ['fr', frenchStories, 'Claire Benali', 'maroc'],
    ['en', englishStories, 'Sam Haddad', 'morocco'],
  ] as const) {
    for (const [index, [section, title, dek]] of stories.entries()) {
      await write({
        locale, title, dek, paragraphs: [dek, `${title}. ${dek}`], section, author, kind: 'news',
        publishedAt: new Date(now.getTime() - (index * 5 + 2) * HOUR), picture: index + 3, tagSlugs: [tag],
      });
      count += 1;
    }
  }
  return count;
}
