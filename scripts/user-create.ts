import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkPassword, hashPassword } from '@/lib/auth/password';
import { newUserSchema } from '@/lib/auth/schema';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { databaseUrl } from '@/lib/db/url';

// npm run user:create -- --email E --name N --role ROLE
// The password is read from standard input (prompted, without echo, on a terminal); it is never
// an argument, so it stays out of shell history and process lists.

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  process.stdout.write('Password: ');
  const rl = createInterface({ input: process.stdin, terminal: true });
  // Silence the echo of typed characters.
  (rl as unknown as { _writeToOutput: () => void })._writeToOutput = () => undefined;
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } });
  const parsed = newUserSchema.safeParse(values);
  if (!parsed.success) {
    console.error('usage: npm run user:create -- --email E --name N --role admin|editor|author|contributor|moderator');
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const password = await readPassword();
  const problem = checkPassword(password);
  if (problem) {
    const text = { tooShort: 'at least 8 characters', tooLong: 'at most 1024 characters', common: 'not a common password' };
    console.error(`password refused: it must be ${text[problem]}`);
    process.exit(2);
  }
  const url = databaseUrl();
  await migrate(url);
  const db = createDb(url);
  try {
    if (await db.user.findUnique({ where: { email: parsed.data.email } })) {
      console.error(`a user with e-mail ${parsed.data.email} already exists`);
      process.exit(1);
    }
    const user = await db.user.create({ data: { ...parsed.data, passwordHash: await hashPassword(password) } });
    console.log(`created ${user.role} ${user.email} (id ${user.id})`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
