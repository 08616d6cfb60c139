import 'server-only';
import { readEnvVar } from '@/env';

// When a scheduled article comes due nobody is waiting on the pages yet; asking for the main
// ones right away renders them before readers arrive. One at a time, home first, so the work
// never crowds out readers' own requests.

export async function warmPages(paths: string[]): Promise<void> {
  const port = readEnvVar('PORT');
  for (const path of paths) {
    await fetch(`http://127.0.0.1:${port}${path}`)
      .then((response) => response.arrayBuffer())
      .catch(() => undefined);
  }
}
