import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import type { XmlNode } from './xml-tree';

// Streams a WordPress export (WXR): the file is read in chunks and each record (author, category,
// tag, item) is handed over once its closing tag is read, then forgotten. A file that breaks
// off or turns malformed half-way still yields every record completed before the break.

export const WXR_VERSIONS = ['1.0', '1.1', '1.2'] as const;

export type WxrChannel = { version: string; siteUrl: string; language: string };
export type WxrRecord =
  | { type: 'channel'; channel: WxrChannel }
  | { type: 'author' | 'category' | 'tag' | 'item'; node: XmlNode };

export type WxrProblem = 'notWxr' | 'unknownVersion' | 'malformed' | 'truncated';
export class WxrError extends Error {
  constructor(
    readonly problem: WxrProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

const RECORDS: Record<string, 'author' | 'category' | 'tag' | 'item'> = {
  'wp:author': 'author',
  'wp:category': 'category',
  'wp:tag': 'tag',
  item: 'item',
};
const CHANNEL_FIELDS: Record<string, keyof WxrChannel> = {
  'wp:wxr_version': 'version',
  'wp:base_site_url': 'siteUrl',
  language: 'language',
};

export async function* readWxr(file: string): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ position: true });
  const queue: WxrRecord[] = [];
  const channel: WxrChannel = { version: '', siteUrl: '', language: '' };
  let channelSent = false;
  let depth = 0;
  let stack: XmlNode[] = [];
  let channelField: keyof WxrChannel | null = null;
  let error: WxrError | null = null;
  let sawRoot = false;

  const sendChannel = () => {
    if (channelSent) return;
    channelSent = true;
    if (!channel.version) throw new WxrError('notWxr', 'no wp:wxr_version before the first record');
    if (!(WXR_VERSIONS as readonly string[]).includes(channel.version)) throw new WxrError('unknownVersion', channel.version);
    queue.push({ type: 'channel', channel: { ...channel } });
  };

  parser.on('opentag', (tag) => {
    depth += 1;
    sawRoot = true;
    if (depth === 1 && tag.name !== 'rss') throw new WxrError('notWxr', `root element <${tag.name}>`);
    if (stack.length) {
      const node: XmlNode = { name: tag.name, attrs: tag.attributes as Record<string, string>, text: '', children: [] };
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
      return;
    }
    const kind = depth === 3 ? RECORDS[tag.name] : undefined;
    if (kind) {
      sendChannel();
      stack = [{ name: tag.name, attrs: tag.attributes as Record<string, string>, text: '', children: [] }];
    } else if (depth === 3) channelField = CHANNEL_FIELDS[tag.name] ?? null;
  });
  const onText = (text: string) => {
    if (stack.length) stack[stack.length - 1]!.text += text;
    else if (channelField) channel[channelField] += text.trim();
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    depth -= 1;
    channelField = null;
    if (!stack.length) {
      if (tag.name === 'channel') sendChannel();
      return;
    }
    const node = stack.pop()!;
    if (!stack.length) queue.push({ type: RECORDS[node.name]!, node });
  });
  parser.on('error', (cause) => {
    throw cause;
  });

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) {
      try {
        parser.write(chunk as string);
      } catch (cause) {
        error = sawRoot ? toWxrError(cause) : new WxrError('notWxr', 'not an XML document');
      }
      // Records completed before an error are still good: hand them over first.
      while (queue.length) yield queue.shift()!;
      if (error) throw error;
    }
    try {
      parser.close();
    } catch (cause) {
      throw sawRoot ? toWxrError(cause, 'truncated') : new WxrError('notWxr', 'not an XML document');
    }
    if (depth !== 0 || !channelSent) throw new WxrError(channelSent ? 'truncated' : 'notWxr', 'the file ends early');
    while (queue.length) yield queue.shift()!;
  } finally {
    stream.destroy();
  }
}

function toWxrError(cause: unknown, fallback: WxrProblem = 'malformed'): WxrError {
  if (cause instanceof WxrError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new WxrError(/unclosed|unexpected end|end of data/i.test(message) ? 'truncated' : fallback, message);
}
