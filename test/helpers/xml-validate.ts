import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';

// Real validation with libxml2 (compiled to WebAssembly) against the schemas in test/xsd.

const dir = path.join(process.cwd(), 'test', 'xsd');
const read = (name: string) => ({ fileName: name, contents: readFileSync(path.join(dir, name), 'utf8') });

const SCHEMAS = {
  urlset: { main: 'sitemap.xsd', preload: [] as string[] },
  index: { main: 'siteindex.xsd', preload: [] as string[] },
  news: { main: 'news-sitemap.xsd', preload: ['sitemap.xsd', 'sitemap-news.xsd'] },
};

/** The schema errors libxml2 reports; an empty list means the document is valid. */
export async function schemaErrors(xml: string, kind: keyof typeof SCHEMAS): Promise<string[]> {
  const schema = SCHEMAS[kind];
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [read(schema.main)],
    preload: schema.preload.map(read),
    maxMemoryPages: 4096,
  });
  return result.valid ? [] : result.errors.map((error) => error.message);
}

// Elements that may repeat are always arrays, so a one-item feed reads like a fifty-item one.
const REPEATED = new Set(['urlset.url', 'sitemapindex.sitemap', 'rss.channel.item', 'feed.entry', 'feed.link',
  'feed.entry.link', 'feed.entry.author', 'feed.entry.category', 'rss.channel.item.category']);

/** Parses with a real XML parser; throws on malformed XML. */
export function parseXml(xml: string) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (_name, jpath) => REPEATED.has(String(jpath)),
  });
  return parser.parse(xml, true);
}
