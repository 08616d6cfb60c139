import 'server-only';

// After a refresh, the first reader would wait for the new page to render. Asking for the
// main pages right away from inside the server starts that render at once instead.

export async function warmPages(paths: string[]): Promise<void> {
  const port = process.env.PORT || '3000';
  await Promise.all(
    paths.map((path) =>
      fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'x-midad-warm': '1' } })
        .then((response) => response.arrayBuffer())
        .catch(() => undefined),
    ),
  );
}
