import { readEnvVar } from '@/env';
import { databaseUrl } from '@/lib/db/url';
import { ensureBuild, prepareDatabase, serve } from './lib/prepare';

// `npm start`: migrate, seed the demo site into an empty database, build when the build is
// missing or older than the sources, then serve on PORT (default 3000) in this same process
// (package.json runs it with `exec node`, so npm's signals reach it directly).
async function main() {
  await prepareDatabase(databaseUrl());
  ensureBuild();
  await serve(String(readEnvVar('PORT')));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
