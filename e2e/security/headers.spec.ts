import { expect, test, type Page } from '@playwright/test';
import { createArticle } from '../helpers/comments';
import { writeArticle } from '../helpers/newsroom';
import { seedArticlePath } from '../helpers/seed-article';
import { createUser, signIn } from '../helpers/users';

// #11.8: security headers on every kind of response, a strict policy the pages still work
// under (no violation reported in the console), a nonce-based policy in the admin.

function expectPolicy(csp: string | undefined, what: string) {
  expect(csp, what).toBeTruthy();
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("base-uri 'none'");
  expect(csp, what).toMatch(/frame-ancestors '(self|none)'/);
  expect(csp, what).not.toContain('unsafe-eval');
  expect(csp, what).toMatch(/script-src [^;]*'self'/);
  expect(csp, what).not.toMatch(/script-src [^;]*(\*|https:|http:)/);
}

test.describe('security headers', () => {
  test('every kind of response carries them, and none says what serves it', async ({ request }) => {
    const urls: [string, Record<string, string>?, { method?: string; data?: string }?][] = [
      ['/ar'],
      [seedArticlePath],
      ['/feeds/ar/rss.xml'],
      ['/sitemap.xml'],
      ['/robots.txt'],
      ['/api/comments?article=1'],
      ['/api/comments?article=99999999999999999999'],
      ['/ar/news/no-such-article-here'],
      ['/ar/%E0%A4%A'],
      ['/media/no-such-file.webp'],
      ['/_next/image?url=%2F%5Cevil.example%2Fx.png&w=640&q=75'],
      ['/ar/admin/login'],
      ['/ar/admin/comments', { origin: 'https://evil.example', 'next-action': 'x' }, { method: 'POST', data: '[]' }],
    ];
    for (const [url, headers, options] of urls) {
      const response = await request.fetch(url, { headers, method: options?.method ?? 'GET', data: options?.data, maxRedirects: 0 });
      const what = `${url} → ${response.status()}`;
      const got = response.headers();
      expectPolicy(got['content-security-policy'], what);
      expect(got['permissions-policy'], what).toContain('camera=()');
      expect(got['x-content-type-options'], what).toBe('nosniff');
      expect(got['x-powered-by'], what).toBeUndefined();
      // Served over plain http with no https site address: no HSTS.
      expect(got['strict-transport-security'], what).toBeUndefined();
    }
  });

  test('HSTS when the trusted proxy says the request came over https', async ({ request }) => {
    const response = await request.get('/ar', { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  });

  test('the admin gets a fresh nonce on each response, and Next puts it on its scripts', async ({ request }) => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get('/ar/admin/login');
      const csp = response.headers()['content-security-policy']!;
      expectPolicy(csp, 'admin');
      expect(csp).toContain("'strict-dynamic'");
      expect(csp.match(/script-src [^;]*/)?.[0]).not.toContain("'unsafe-inline'");
      const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
      expect(nonce).toBeTruthy();
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});

/** Collects the policy violations the browser reports while `visit` runs. */
async function violations(page: Page, visit: () => Promise<void>): Promise<string[]> {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) found.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  await visit();
  return found;
}

test.describe('pages work under the policy', () => {
  test('home and an article with its comments open: no violation, scripts run', async ({ page }) => {
    const article = await createArticle();
    const found = await violations(page, async () => {
      await page.goto('/ar');
      await expect(page.getByRole('main')).toBeVisible();
      await page.goto(article.path);
      await page.getByRole('link', { name: /انقر للتعليق/ }).click();
      // The panel is filled by script: it shows only when scripts run under the policy.
      await expect(page.locator('#comments-panel').getByText('لا تعليقات بعد')).toBeVisible();
    });
    expect(found).toEqual([]);
  });

  test('the admin editor: typing, saving and autosave work with no violation', async ({ page }) => {
    test.setTimeout(120_000);
    const editor = createUser('editor', 'محررة السياسة');
    const found = await violations(page, async () => {
      await signIn(page, editor);
      await writeArticle(page, { title: 'مقال تحت سياسة المحتوى', body: 'فقرة أولى.' });
      const body = page.getByRole('textbox', { name: 'نص المقال' });
      await body.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' جملة جديدة');
      await expect(page.locator('#editor-status')).toHaveText('حُفظ تلقائيا', { timeout: 15_000 });
    });
    expect(found).toEqual([]);
  });
});
