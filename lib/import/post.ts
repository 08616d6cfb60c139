import { bodyToText } from '@/lib/articles/sanitize';
import { articleSearchFields } from '@/lib/search/document';
import { bodyImageUrls, convertBody } from './body';
import { planComments, readComments, tallyComments, upsertComments } from './comments';
import { checksumOf, findImported, markImported, saveRedirects, type ImportContext, type MediaRef, type Tx } from './context';
import { parseWpDate, wpInstant } from './dates';
import { postKeys } from './legacy-paths';
import { importImage } from './media';
import { count, note, type RecordKind } from './report';
import type { GalleryImage } from './shortcodes';
import { importedSlug } from './slugs';
import { ensureTerm } from './taxonomy';
import { childrenNamed, rawTextOf, textOf, type XmlNode } from './xml-tree';

// A WordPress post becomes an article, with its comments and its old addresses, in one
// transaction. An unchanged post (same checksum as last run) is not touched at all.

const STATUS: Record<string, string> = {
  publish: 'published',
  future: 'scheduled',
  draft: 'draft',
  pending: 'review',
  // Private posts are kept but never shown to readers.
  private: 'unpublished',
};

const meta = (item: XmlNode, key: string) =>
  childrenNamed(item, 'wp:postmeta').find((entry) => textOf(entry, 'wp:meta_key') === key)?.children.find((c) => c.name === 'wp:meta_value')?.text.trim() ?? '';

/** Attachments are read in a first pass, so a post finds its images whatever the order. */
export function readAttachment(context: ImportContext, item: XmlNode): void {
  const id = Number(textOf(item, 'wp:post_id'));
  const url = textOf(item, 'wp:attachment_url');
  context.attachments.set(id, {
    file: meta(item, '_wp_attached_file') || url,
    url,
    alt: meta(item, '_wp_attachment_image_alt'),
    caption: textOf(item, 'excerpt:encoded'),
    parent: Number(textOf(item, 'wp:post_parent') || 0),
  });
}

const SKIPPED_TYPES: Record<string, RecordKind> = { page: 'page', attachment: 'attachment' };

export async function importItem(context: ImportContext, item: XmlNode): Promise<void> {
  const { report } = context;
  const wpId = textOf(item, 'wp:post_id');
  const title = textOf(item, 'title');
  const type = textOf(item, 'wp:post_type') || 'post';
  const ref = { kind: 'post' as const, id: wpId, title };
  if (type !== 'post') {
    const kind = SKIPPED_TYPES[type] ?? 'other';
    count(report, kind, 'skipped');
    if (kind !== 'attachment') note(report, { ...ref, kind, reason: kind === 'page' ? 'page' : 'postType', detail: kind === 'other' ? type : undefined });
    return;
  }
  const wpStatus = textOf(item, 'wp:status');
  const status = STATUS[wpStatus];
  if (!status) {
    count(report, 'post', 'skipped');
    return note(report, { ...ref, reason: wpStatus === 'trash' ? 'trashed' : wpStatus === 'auto-draft' ? 'autoDraft' : 'postType', detail: wpStatus });
  }
  const date = wpInstant(textOf(item, 'wp:post_date'), textOf(item, 'wp:post_date_gmt'), context.offsetMinutes);
  if (date === 'invalid') {
    count(report, 'post', 'skipped');
    return note(report, { ...ref, reason: 'invalidDate', detail: textOf(item, 'wp:post_date') || '(empty)' });
  }
  const modified = wpInstant(textOf(item, 'wp:post_modified'), textOf(item, 'wp:post_modified_gmt'), context.offsetMinutes);
  const comments = readComments(item);
  const checksum = checksumOf(item, context.mediaDir ? 'media' : '');
  const existing = findImported(context, 'post', wpId);
  if (existing && existing.checksum === checksum) {
    count(report, 'post', 'unchanged');
    return tallyComments(context, comments, { title }, 'unchanged');
  }

  // Taxonomy and media first: each is its own small write, reused by later posts.
  const categories = childrenNamed(item, 'category');
  const sectionTerm = categories.find((c) => c.attrs.domain === 'category');
  const sectionId = await ensureTerm(context, 'category', sectionTerm?.attrs.nicename ?? 'uncategorized', sectionTerm?.text.trim() || 'غير مصنف');
  const tagIds: number[] = [];
  for (const term of categories.filter((c) => c.attrs.domain === 'post_tag')) {
    tagIds.push(await ensureTerm(context, 'tag', term.attrs.nicename ?? term.text.trim(), term.text.trim()));
  }
  const creator = textOf(item, 'dc:creator');
  const authorIds = creator ? [await ensureTerm(context, 'author', creator, creator)] : [];

  const raw = rawTextOf(item, 'content:encoded');
  const images = new Map<string, MediaRef | null>();
  for (const url of bodyImageUrls(raw)) images.set(url, await importImage(context, url, ref));
  const galleryImages = async (): Promise<Map<number, GalleryImage>> => {
    const out = new Map<number, GalleryImage>();
    if (!/\[gallery\b/i.test(raw)) return out;
    for (const [id, attachment] of context.attachments) {
      const wanted = attachment.parent === Number(wpId) || raw.includes(String(id));
      if (!wanted) continue;
      const media = await importImage(context, attachment.url, ref);
      out.set(id, { url: media?.url ?? attachment.url, alt: attachment.alt, caption: attachment.caption });
    }
    return out;
  };
  const gallery = await galleryImages();
  const body = convertBody(raw, {
    imageUrl: (url) => images.get(url)?.url ?? null,
    galleryImages: (ids) =>
      ids.length
        ? ids.flatMap((id) => (gallery.get(id) ? [gallery.get(id)!] : []))
        : [...context.attachments].filter(([, a]) => a.parent === Number(wpId)).flatMap(([id]) => (gallery.get(id) ? [gallery.get(id)!] : [])),
  });
  const featured = context.attachments.get(Number(meta(item, '_thumbnail_id')));
  const image = featured ? await importImage(context, featured.file, ref) : null;
  if (featured && !context.mediaDir) note(report, { ...ref, reason: 'noMediaDir' });

  const wpSlug = textOf(item, 'wp:post_name');
  let slug = importedSlug(wpSlug, title || `wp-${wpId}`);
  const owner = context.slugOwners.get(slug);
  if (owner !== undefined && owner !== existing?.targetId) {
    note(report, { ...ref, reason: 'slugRenamed', detail: `${slug} → ${slug}-${wpId}` });
    slug = `${slug}-${wpId}`;
  }
  context.slugOwners.set(slug, existing?.targetId ?? -1);
  const dek = bodyToText(rawTextOf(item, 'excerpt:encoded'));
  const data = {
    locale: context.locale,
    slug,
    title: title || slug,
    dek,
    body,
    // The same search terms the editor writes, so imported articles are found like any other.
    ...articleSearchFields({ locale: context.locale, title: title || slug, dek, body }),
    status,
    publishedAt: status === 'draft' || status === 'review' ? null : date,
    createdAt: date,
    updatedAt: modified === 'invalid' ? date : modified,
    sectionId,
    sticky: textOf(item, 'wp:is_sticky') === '1',
    imageUrl: image?.url ?? featured?.url ?? null,
    imageWidth: image?.width || null,
    imageHeight: image?.height || null,
    imageAlt: featured?.alt ?? '',
    imageCaption: featured?.caption ?? '',
  };
  count(report, 'post', existing ? 'updated' : 'imported');
  const post = { wpId, title, fallbackDate: date, isNew: !existing };
  if (context.dryRun) return tallyComments(context, comments, post, existing ? 'updated' : 'imported');

  const keys = postKeys(wpId, wpSlug, parseWpDate(textOf(item, 'wp:post_date')));
  const planned = planComments(context, comments, date);
  const fail = (error: unknown) => {
    report.counts.post[existing ? 'updated' : 'imported'] -= 1;
    count(report, 'post', 'skipped');
    note(report, { ...ref, reason: 'writeFailed', detail: (error as Error).message.split('\n').slice(-1)[0] });
  };
  if (!existing) {
    context.pending.push({ newPost: { wpId, checksum, article: data, authorIds, tagIds, comments: planned, keys }, fail });
  } else {
    const articleId = existing.targetId;
    context.pending.push({
      write: async (tx: Tx) => {
        await tx.article.update({ where: { id: articleId }, data });
        await tx.articleAuthor.deleteMany({ where: { articleId } });
        await tx.articleTag.deleteMany({ where: { articleId } });
        if (authorIds.length) await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId, authorId, position })) });
        if (tagIds.length) await tx.articleTag.createMany({ data: [...new Set(tagIds)].map((tagId) => ({ articleId, tagId })) });
        await upsertComments(tx, articleId, planned);
        await saveRedirects(tx, context, keys, 'article', articleId);
        await markImported(tx, context, 'post', wpId, articleId, checksum);
      },
      fail,
    });
  }
  tallyComments(context, comments, post, existing ? 'updated' : 'imported');
}
