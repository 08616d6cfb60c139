import { expect, test, type Page } from '@playwright/test';
import { adminNav, createUser, signIn } from './helpers/users';

// The admin's list pages show their heading and a busy skeleton the moment a link is followed,
// and the rows when they come. The page's own answer is held back here until the skeleton has been
// checked, so a list without a loading state (the old page stays until the answer arrives) fails.

const PAGES = [
  { link: 'المقالات', path: '/ar/admin/articles', heading: 'المقالات' },
  { link: 'الوسائط', path: '/ar/admin/media', heading: 'مكتبة الوسائط' },
  { link: 'التعليقات', path: '/ar/admin/comments', heading: 'مراجعة التعليقات' },
  { link: 'الإحصاءات', path: '/ar/admin/stats', heading: 'الأكثر مشاهدة' },
  { link: 'المستخدمون', path: '/ar/admin/users', heading: 'المستخدمون' },
  { link: 'الأقسام', path: '/ar/admin/sections', heading: 'الأقسام' },
  { link: 'الوسوم', path: '/ar/admin/tags', heading: 'الوسوم' },
  { link: 'الكتّاب', path: '/ar/admin/authors', heading: 'الكتّاب' },
  { link: 'سجل العمليات', path: '/ar/admin/audit', heading: 'سجل العمليات' },
  { link: 'الرئيسية', path: '/ar/admin', heading: 'مرحبا مديرة الهياكل' },
];

/** Holds the router's request for a page's content (not its prefetches) until `release` is called. */
async function holdPage(page: Page, path: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const headers = route.request().headers();
      if (headers.rsc && !headers['next-router-prefetch']) await released;
      await route.continue();
    },
  );
  return { release, done: () => page.unroute((url) => url.pathname === path) };
}

/** Resolves once the router has prefetched the list's loading state (the prefetch with the route
 * tree, after the one for the tree alone). That answer streams and is never reported finished, so
 * the router is given a moment to read it. */
function loadingStatePrefetched(page: Page, path: string): () => Promise<void> {
  const response = page.waitForResponse((answer) => {
    const headers = answer.request().headers();
    return new URL(answer.url()).pathname === path && !!headers['next-router-prefetch'] && !headers['next-router-segment-prefetch'];
  });
  return async () => {
    await response;
    await page.waitForTimeout(1500);
  };
}

test('each admin list shows its heading and a busy skeleton first, then its rows', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, createUser('admin', 'مديرة الهياكل'));
  for (const { link, path, heading } of PAGES) {
    // Start from another page, once its link has prefetched the list's loading state (on a phone
    // the menu is opened first: the router prefetches the links in view).
    const prefetched = loadingStatePrefetched(page, path);
    await page.goto(path === '/ar/admin' ? '/ar/admin/account' : '/ar/admin');
    // By its address: the comments link carries a count of pending comments in its name.
    const listLink = (await adminNav(page)).locator(`a[href="${path}"]`);
    await prefetched();
    const held = await holdPage(page, path);
    await expect(listLink).toContainText(link);
    await listLink.click();

    const busy = page.locator('main [aria-busy="true"]');
    await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
    await expect(busy, path).toBeVisible();
    await expect(busy.getByText('جار التحميل…'), path).toBeAttached();

    held.release();
    await expect(busy, path).toHaveCount(0);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toHaveCount(1);
    await held.done();
  }
});

test('the label is in the edition being administered', async ({ page }) => {
  const prefetched = loadingStatePrefetched(page, '/en/admin/users');
  await signIn(page, createUser('admin'), 'en');
  const nav = page.getByRole('navigation', { name: 'Admin menu' });
  const toggle = nav.getByRole('button', { name: 'Menu' });
  if (await toggle.isVisible()) await toggle.click();
  await prefetched();
  const held = await holdPage(page, '/en/admin/users');
  await nav.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.locator('main [aria-busy="true"]').getByText('Loading…')).toBeAttached();
  held.release();
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
});

test('someone signed out gets the sign-in page, never a skeleton of the admin', async ({ request }) => {
  for (const path of PAGES.map((entry) => entry.path)) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe('/ar/admin/login');
    const body = await response.text();
    expect(body, path).not.toContain('aria-busy');
    // The router's own requests (a prefetch of the loading state, a navigation) are refused the same way.
    for (const headers of [{ rsc: '1', 'next-router-prefetch': '1' }, { rsc: '1' }] as Record<string, string>[]) {
      const rsc = await request.get(path, { maxRedirects: 0, headers });
      const text = await rsc.text();
      expect(text, `${path} ${JSON.stringify(headers)}`).not.toContain('aria-busy');
      expect(text, `${path} ${JSON.stringify(headers)}`).not.toContain('جار التحميل');
    }
  }
});
