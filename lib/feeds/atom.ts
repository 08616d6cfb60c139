import { isoWithOffset } from '@/lib/seo/dates';
import { escapeXml as x } from '@/lib/sitemaps/xml';
import type { Feed, FeedItem } from './types';

// Atom 1.0 (RFC 4287). Dates carry the newsroom's offset; ids never change with the slug.

function entryXml(item: FeedItem): string {
  const authors = item.authors
    .map((author) => `<author><name>${x(author.name)}</name><uri>${x(author.url)}</uri></author>`)
    .join('');
  const content = item.contentHtml ? `<content type="html">${x(item.contentHtml)}</content>` : '';
  return (
    `<entry><id>${x(item.id)}</id><title>${x(item.title)}</title>` +
    `<link rel="alternate" type="text/html" href="${x(item.url)}"/>` +
    `<published>${isoWithOffset(item.publishedAt)}</published><updated>${isoWithOffset(item.updatedAt)}</updated>` +
    `${authors}<category term="${x(item.category)}"/><summary>${x(item.summary)}</summary>${content}</entry>\n`
  );
}

export function renderAtom(feed: Feed): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">\n` +
    `<id>${x(feed.id)}</id><title>${x(feed.title)}</title><subtitle>${x(feed.description)}</subtitle>` +
    `<updated>${isoWithOffset(feed.updatedAt)}</updated>` +
    `<link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${x(feed.pageUrl)}"/>` +
    // Atom requires an author for every entry; the publication stands in where an article has none.
    `<author><name>${x(feed.publisher)}</name></author>\n` +
    feed.items.map(entryXml).join('') +
    '</feed>\n'
  );
}
