import path from 'node:path';
import { readEnvVar } from '../../env';

// The one default: an embedded SQLite file under data/, so a fresh clone needs no set-up.
export const DEFAULT_DATABASE_URL = 'file:./data/midad.db';

export function databaseUrl(): string {
  return readEnvVar('DATABASE_URL') || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The file behind a `file:` URL, resolved from the project root (where every command runs). */
export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
