import { escapeXml as x } from '@/lib/sitemaps/xml';
import type { Feed, FeedItem } from './types';

// RSS 2.0 with the content module for full text and an atom:link to itself, as validators ask.

const rfc822 = (date: Date) => date.toUTCString();

function itemXml(item: FeedItem): string {
  const authors = item.authors.map((author) => `<dc:creator>${x(author.name)}</dc:creator>`).join('');
  const content = item.contentHtml ? `<content:encoded>${x(item.contentHtml)}</content:encoded>` : '';
  const image = item.image ? `<enclosure url="${x(item.image.url)}" length="0" type="${x(item.image.type)}"/>` : '';
  return (
    `<item><title>${x(item.title)}</title><link>${x(item.url)}</link>` +
    `<guid isPermaLink="false">${x(item.id)}</guid><pubDate>${rfc822(item.publishedAt)}</pubDate>` +
    `${authors}<category>${x(item.category)}</category>` +
    `<description>${x(item.summary)}</description>${content}${image}</item>\n`
  );
}

export function renderRss(feed: Feed): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" ' +
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
    `<channel><title>${x(feed.title)}</title><link>${x(feed.pageUrl)}</link>` +
    `<description>${x(feed.description)}</description><language>${x(feed.language)}</language>` +
    `<lastBuildDate>${rfc822(feed.updatedAt)}</lastBuildDate>` +
    `<atom:link href="${x(feed.selfUrl)}" rel="self" type="application/rss+xml"/>\n` +
    feed.items.map(itemXml).join('') +
    '</channel>\n</rss>\n'
  );
}
