import 'server-only';
import { randomBytes } from 'node:crypto';
import { env } from '@/env';
import { db } from '@/lib/db';
import { COMMENT_SETTINGS } from './config';

// Signs form tokens and salts address hashes. COMMENT_SECRET wins; otherwise one random secret is
// kept in the database, so every app instance and every restart agree on it.
let secret: Promise<string> | undefined;

export function getCommentSecret(): Promise<string> {
  const fromEnv = env.COMMENT_SECRET;
  if (fromEnv) return Promise.resolve(fromEnv);
  secret ??= (async () => {
    const key = COMMENT_SETTINGS.secret;
    // Two instances starting together may both try to create it: the loser reads the winner's.
    await db.setting.create({ data: { key, value: randomBytes(32).toString('base64url') } }).catch(() => undefined);
    const row = await db.setting.findUniqueOrThrow({ where: { key } });
    return row.value;
  })().catch((error: unknown) => {
    secret = undefined;
    throw error;
  });
  return secret;
}
