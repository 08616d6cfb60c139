import { migrate } from '@/lib/db/migrate';
import { databaseUrl } from '@/lib/db/url';

migrate(databaseUrl()).then(
  (applied) => console.log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database is up to date'),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
