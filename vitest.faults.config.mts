import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// The fault suite: starts the site with `npm start` and breaks what it depends on (disk, database
// server, signals, another process's lock). Run once by `npm test`, after the browser tests
// (which leave a fresh build); the normal Vitest runs do not include these files.
export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    include: ['test/faults/**/*.fault.ts'],
    globalSetup: ['test/faults/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 900_000,
  },
});
