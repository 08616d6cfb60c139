import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitizeBody } from './sanitize';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// The output is judged the way a browser reads it (parse5 follows the HTML standard), not by the
// parser the sanitizer itself uses, so a difference between the two would show here.
function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content as Node);
  };
  walk(parseFragment(html) as unknown as Node);
  return found;
}

/** A URL's scheme once entities are decoded (parse5 did that) and every space, control and
 * zero-width character is dropped: stricter than a browser, which only drops some of them. */
function schemeOf(url: string): string | null {
  const cleaned = url.normalize('NFKC').replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2060-\u206f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1] ?? null;
}

// --- generators: HTML built from pieces attackers use, so the properties meet hostile input ---
const TAGS = [...ALLOWED_TAGS, 'script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'input', 'textarea',
  'title', 'noscript', 'template', 'base', 'meta', 'link', 'video', 'xmp', 'plaintext', 'div', 'select', 'option', 'SCRIPT', 'Img'];
const ATTRS = ['href', 'src', 'alt', 'title', 'dir', 'lang', 'style', 'onclick', 'onerror', 'onload', 'class', 'id', 'srcset',
  'xlink:href', 'formaction', 'action', 'target', 'rel', 'width', 'colspan', 'data-x', 'HREF', 'SrC'];

/** "javascript:" in many spellings: case, entities, controls and whitespace inside it. */
const javascriptUrl = fc
  .tuple(
    fc.array(fc.constantFrom('', ' ', '\t', '\n', '\u0001', '&#9;', '&#10;', '&nbsp;'), { maxLength: 2 }),
    fc.array(fc.tuple(fc.constantFrom(...'javascript'), fc.constantFrom('plain', 'upper', 'dec', 'hex', 'padded', 'tab')), {
      minLength: 10,
      maxLength: 10,
    }),
    fc.constantFrom(':', '&#58;', '&#x3a;', '&colon;', '&#0000058'),
    fc.constantFrom('alert(1)', '//%0aalert(1)', 'void(0)'),
  )
  .map(([lead, letters, colon, rest]) => {
    const word = 'javascript'.split('').map((char, index) => {
      const style = letters[index]![1];
      if (style === 'upper') return char.toUpperCase();
      if (style === 'dec') return `&#${char.charCodeAt(0)};`;
      if (style === 'hex') return `&#x${char.charCodeAt(0).toString(16)};`;
      if (style === 'padded') return `&#000${char.charCodeAt(0)}`;
      if (style === 'tab') return `${char}&#9;`;
      return char;
    });
    return `${lead.join('')}${word.join('')}${colon}${rest}`;
  });

const url = fc.oneof(
  javascriptUrl,
  fc.constantFrom('https://example.com/a?b=1&c=2', 'http://x.test', 'mailto:a@b.test', '/relative', '#top', 'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>', '//evil.test', 'JaVaScRiPt:alert(1)', 'java\0script:alert(1)', ' https://ok.test'),
);
const attrValue = fc.oneof(url, fc.string({ maxLength: 8 }), fc.constantFrom('"', "'", '>', '<', '&', '`', 'rtl', 'ar'));
const quote = fc.constantFrom('"', "'", '');
const attribute = fc
  .tuple(fc.constantFrom(...ATTRS), quote, attrValue)
  .map(([name, q, value]) => ` ${name}=${q}${q === '' ? value.replace(/[\s>]/g, '') : value.replaceAll(q, '')}${q}`);
const text = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('نص عربي', 'Texte <b>', '&amp;', '&lt;script&gt;', '<!-- c -->', '<![CDATA[x]]>', ']]>', '</', '<', '>', '&'),
);

const html: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), tie('nodes'), fc.boolean())
      .map(([tag, attrs, inner, closed]) => `<${tag}${attrs.join('')}>${inner}${closed ? `</${tag}>` : ''}`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join('')),
})).nodes;

const RUNS = { numRuns: 400 };

describe('sanitizeBody (property tests)', () => {
  it('is idempotent: sanitizing twice changes nothing', () => {
    fc.assert(
      fc.property(html, (input) => {
        const once = sanitizeBody(input);
        expect(sanitizeBody(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('lets nothing outside the allowlist through', () => {
    fc.assert(
      fc.property(html, (input) => {
        for (const element of elements(sanitizeBody(input))) {
          expect(ALLOWED_TAGS).toContain(element.tagName);
          const allowed = [...(ALLOWED_ATTRIBUTES[element.tagName] ?? []), ...(ALLOWED_ATTRIBUTES['*'] ?? [])];
          for (const attr of element.attrs) expect(allowed).toContain(attr.name);
        }
      }),
      RUNS,
    );
  });

  it('keeps only http(s) and mailto links and images, in any spelling of javascript:', () => {
    fc.assert(
      fc.property(html, javascriptUrl, (input, evil) => {
        const output = sanitizeBody(`${input}<a href="${evil}">x</a><img src="${evil}">${input}`);
        for (const element of elements(output)) {
          for (const attr of element.attrs.filter((a) => a.name === 'href' || a.name === 'src')) {
            const scheme = schemeOf(attr.value);
            expect(scheme === null || ['http', 'https', 'mailto'].includes(scheme)).toBe(true);
            if (element.tagName === 'img') expect(scheme === null || scheme === 'http' || scheme === 'https').toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('drops the javascript: spellings that hide behind invisible characters', () => {
    for (const evil of ['\u00a0javascript:alert(1)', 'java\u200bscript:alert(1)', 'ｊavascript:alert(1)', '&#xA0;javascript:alert(1)']) {
      expect(sanitizeBody(`<a href="${evil}">x</a><img src="${evil}">`)).toBe('<a>x</a><img />');
    }
  });

  it('keeps Arabic text and allowed markup as they are', () => {
    const body = '<p dir="rtl">مرحبا <a href="https://example.com/">رابط</a> <bdi>Midad</bdi></p>';
    expect(sanitizeBody(body)).toBe(body);
  });

  it('drops a guessed direction (dir="auto") and keeps one set on purpose', () => {
    expect(sanitizeBody('<p dir="auto">FBI هو جهاز</p><ul dir="AUTO"><li dir="auto">CIA</li></ul><p dir="ltr">Le bureau.</p><h2 dir="rtl">عنوان</h2>')).toBe(
      '<p>FBI هو جهاز</p><ul><li>CIA</li></ul><p dir="ltr">Le bureau.</p><h2 dir="rtl">عنوان</h2>',
    );
  });
});
