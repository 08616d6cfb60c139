import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Node flags `npm start` gives the server (package.json's start script, the one place they
 * are written), so a bench's server runs, and uses memory, as a production one does.
 */
export function startFlags(): string[] {
  const packageJson = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { scripts: { start: string } };
  return packageJson.scripts.start.split(/\s+/).filter((word) => /^--[\w-]+=\S+$/.test(word));
}
