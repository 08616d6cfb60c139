import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGuardedAction } from './guard';

// Every export of every 'use server' module is a Server Action anyone can call with anything:
// each must be built by the guard's wrappers (FormData/value check, same origin, session and
// permission, locale). A new action written as a bare `export async function` fails here.

function serverModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => /^\s*['"]use server['"]/.test(readFileSync(file, 'utf8')));
}

const modules = [...serverModules('lib'), ...serverModules('app')];

describe('Server Actions', () => {
  it('are found in the source', () => {
    expect(modules).toEqual(expect.arrayContaining([path.join('lib', 'users', 'actions.ts'), path.join('lib', 'comments', 'actions.ts')]));
  });

  it.each(modules)('%s exports only guarded actions', async (file) => {
    const exported = Object.entries(await import(path.resolve(file)));
    expect(exported.length).toBeGreaterThan(0);
    const bare = exported.filter(([, value]) => !isGuardedAction(value)).map(([name]) => name);
    expect(bare).toEqual([]);
  });
});
