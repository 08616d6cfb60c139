import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// A build is stale when any source that goes into it has changed since it was made. The stamp
// is a hash of those files' contents (mtimes change on every fresh clone, contents do not).

const SOURCES = ['app', 'components', 'lib', 'i18n', 'messages', 'public', 'prisma/schema.prisma'];
const FILES = ['next.config.js', 'proxy.ts', 'instrumentation.ts', 'global.ts', 'env.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
const STAMP = path.join('.next', 'midad-source-hash');

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!readdirSync(path.dirname(entry), { withFileTypes: true }).find((d) => d.name === path.basename(entry))?.isDirectory()) {
    return [entry];
  }
  return readdirSync(entry, { withFileTypes: true, recursive: true })
    .filter((dirent) => dirent.isFile() && !/\.test\.tsx?$/.test(dirent.name))
    // The front cache runs in server.ts, outside Next's build: changing it needs no rebuild.
    .filter((dirent) => !dirent.parentPath.split(path.sep).join('/').includes('lib/front-cache'))
    .map((dirent) => path.join(dirent.parentPath, dirent.name));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...SOURCES.flatMap(listFiles), ...FILES.filter((file) => existsSync(file))].sort()) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function buildIsStale(): boolean {
  if (!existsSync(path.join('.next', 'BUILD_ID')) || !existsSync(STAMP)) return true;
  return readFileSync(STAMP, 'utf8').trim() !== sourceHash();
}

export function recordBuild(): void {
  writeFileSync(STAMP, sourceHash());
}
