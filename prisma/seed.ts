import { createDb } from '@/lib/db/client';
import { seedDemoContent } from './demo/seed-content';

// Seeds the demo site into an empty database; a database with articles is left as it is.
async function main() {
  const db = createDb();
  try {
    const written = await seedDemoContent(db);
    console.log(written ? `seeded ${written} demo articles` : 'database has content; demo seed skipped');
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
