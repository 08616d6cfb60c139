import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sourceHash } from './build-stamp';

// A second production build of the same sources with proxy.ts left out, so the security tests
// can show that access control does not depend on the proxy. It is built in a copy of the
// project (sharing node_modules), never by moving files in the working tree. Prints its folder.
const root = process.cwd();
const dir = path.join(tmpdir(), `midad-noproxy-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
const stamp = path.join(dir, '.next', 'midad-source-hash');
const SKIP = new Set(['node_modules', '.next', '.git', 'data', 'test-results', 'playwright-report', 'proxy.ts', 'middleware.ts']);

const hash = sourceHash();
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(root, dir, { recursive: true, filter: (source) => !SKIP.has(path.relative(root, source).split(path.sep)[0]!) });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  // Turbopack refuses a node_modules outside the project root; webpack follows the link.
  execFileSync('npx', ['next', 'build', '--webpack'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (existsSync(path.join(dir, '.next', 'server', 'middleware.js')) || existsSync(path.join(dir, '.next', 'server', 'proxy.js'))) {
    throw new Error('the build without proxy still has one');
  }
  writeFileSync(stamp, hash);
}
console.log(dir);
