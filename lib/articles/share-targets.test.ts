import { describe, expect, it } from 'vitest';
import { shareTargets } from './share-targets';

describe('shareTargets', () => {
  const url = 'https://midad.example/ar/news/%D8%B9%D9%84%D9%89-fbi';
  const title = 'على هامش استقبال الحموشي لمدير FBI & «آخرون» #1';

  it('gives each network the article address and title, as the browser will send them', () => {
    const sent = Object.fromEntries(shareTargets(url, title).map(({ network, href }) => [network, new URL(href).searchParams]));
    expect(Object.keys(sent)).toEqual(['WhatsApp', 'Facebook', 'X', 'Telegram']);
    expect(sent.WhatsApp!.get('text')).toBe(`${title} ${url}`);
    expect(sent.Facebook!.get('u')).toBe(url);
    expect([sent.X!.get('url'), sent.X!.get('text')]).toEqual([url, title]);
    expect([sent.Telegram!.get('url'), sent.Telegram!.get('text')]).toEqual([url, title]);
  });
});
