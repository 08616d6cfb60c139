import { databaseUrl } from '@/lib/db/url';
import { ensureBuild, prepareDatabase, serve } from './lib/prepare';

// `npm start`: migrate, seed the demo site into an empty database, build when the build is
// missing or older than the sources, then serve on PORT (default 3000).
async function main() {
  await prepareDatabase(databaseUrl());
  ensureBuild();
  serve(process.env.PORT || '3000');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
