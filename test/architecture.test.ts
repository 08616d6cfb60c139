import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formAction, isGuardedAction } from '@/lib/actions/guard';
import {
  ROOT,
  appSourceFiles,
  catalogueImports,
  clientImportsOfServerCode,
  handBuiltLocalePaths,
  handFilledPlaceholders,
  inlineServerDirectives,
  isServerActionModule,
  processEnvReads,
  readFromDisk,
  unguardedExports,
} from './architecture/scan';

// The rules of ARCHITECTURE.md that a machine can check. Each check also runs on a planted
// violation, so a check that stopped finding anything would fail here too.

const read = readFromDisk();
const files = appSourceFiles();
const text = (file: string) => read(file) ?? '';

describe('environment', () => {
  it('is read from process.env by env.ts alone', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => processEnvReads(file, text(file)))).toEqual([]);
  });

  it('finds a planted read in any form', () => {
    const planted = [
      'const a = process.env.PORT;',
      "const b = process.env['PORT'];",
      'const { PORT } = process.env;',
      "const c = process['env'].PORT;",
    ].join('\n');
    expect(processEnvReads('lib/planted.ts', planted)).toEqual(['lib/planted.ts:1', 'lib/planted.ts:2', 'lib/planted.ts:3', 'lib/planted.ts:4']);
  });
});

describe('Server Actions', () => {
  const actionModules = files.filter((file) => isServerActionModule(file, text(file)));

  it('are declared in modules, never inline', () => {
    expect(actionModules).toContain(path.join('lib', 'articles', 'editor', 'actions.ts'));
    expect(files.flatMap((file) => inlineServerDirectives(file, text(file)))).toEqual([]);
    const planted = "export async function Page() {\n  async function save() {\n    'use server';\n  }\n}";
    expect(inlineServerDirectives('app/planted/page.tsx', planted)).toEqual(['app/planted/page.tsx:3']);
  });

  it.each(actionModules)('%s exports only actions built by lib/actions/guard.ts', async (file) => {
    const exported = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    expect(Object.keys(exported).length).toBeGreaterThan(0);
    expect(unguardedExports(exported, isGuardedAction)).toEqual([]);
  });

  it('finds a planted action that skips the guard', () => {
    const guarded = formAction({ access: () => true }, async () => undefined);
    const bare = async (form: FormData) => void form;
    expect(unguardedExports({ guarded, bare }, isGuardedAction)).toEqual(['bare']);
  });
});

describe('client components', () => {
  it('import no server-only module, directly or through other modules', () => {
    expect(clientImportsOfServerCode(files, read)).toEqual([]);
  });

  it('finds a planted client module that reaches server code through a helper', () => {
    const planted: Record<string, string> = {
      'components/planted.client.tsx': "'use client';\nimport { helper } from '@/lib/planted-helper';\nimport type { Row } from '@/lib/planted-types';\n",
      'lib/planted-helper.ts': "import { rows } from './planted-queries';\nexport const helper = rows;\n",
      'lib/planted-queries.ts': "import 'server-only';\nexport const rows = 1;\n",
      'lib/planted-types.ts': "import 'server-only';\nexport type Row = number;\n",
      'components/planted-action.client.tsx': "'use client';\nimport { saveAction } from '@/lib/planted-actions';\n",
      'lib/planted-actions.ts': "'use server';\nimport 'server-only';\nexport const saveAction = 1;\n",
      'components/planted-env.client.tsx': "'use client';\nimport { env } from '@/env';\n",
    };
    const plantedRead = (file: string) => planted[file] ?? read(file);
    expect(clientImportsOfServerCode(Object.keys(planted), plantedRead)).toEqual([
      'components/planted.client.tsx → lib/planted-helper.ts → lib/planted-queries.ts → server-only',
      'components/planted-env.client.tsx → env.ts → (the environment)',
    ]);
  });
});

describe('messages', () => {
  it('are loaded by i18n/ alone and filled by next-intl, never by hand', () => {
    expect(files.flatMap((file) => catalogueImports(file, text(file)))).toEqual([]);
    expect(files.flatMap((file) => handFilledPlaceholders(file, text(file)))).toEqual([]);
  });

  it('finds a planted catalogue import and a planted hand-filled placeholder', () => {
    const planted = "import ar from '@/messages/ar.json';\nimport type en from '@/messages/en.json';\nconst s = ar.Search.limitedBody.replace('{seconds}', '5');\n";
    expect(catalogueImports('lib/planted.ts', planted)).toEqual(['lib/planted.ts → @/messages/ar.json']);
    const lazy = "'use client';\nconst load = { fr: () => import('@/messages/fr.json'), en: () => require('../../messages/en.json') };\n";
    expect(catalogueImports('components/planted.client.tsx', lazy)).toEqual([
      'components/planted.client.tsx → @/messages/fr.json',
      'components/planted.client.tsx → ../../messages/en.json',
    ]);
    expect(handFilledPlaceholders('lib/planted.ts', planted)).toEqual(["lib/planted.ts: .replace('{seconds}"]);
  });
});

describe('localized paths', () => {
  it('are built by lib/url-paths.ts alone', () => {
    expect(files.flatMap((file) => handBuiltLocalePaths(file, text(file)))).toEqual([]);
  });

  it('finds a planted hand-built prefix or route in any form', () => {
    const planted = [
      'redirect(`/${checked.locale}/admin/login`);',
      "const a = `/${edition ?? 'ar'}`;",
      "const b = '/' + article.locale + '/news';",
      'const c = <Link href={`/admin/articles/${row.id}/revisions`} />;',
      'const d = `/news/${encodeURIComponent(slug)}`;',
      'const fine = `/feeds/${format}.xml` + `${basePath}/${page}` + `/admin/articles?status=${status}`;',
    ].join('\n');
    expect(handBuiltLocalePaths('lib/planted.ts', planted)).toEqual([
      'lib/planted.ts: `/${checked.locale}',
      'lib/planted.ts: `/${edition ?? \'ar\'}',
      "lib/planted.ts: '/' + article.locale",
      'lib/planted.ts: `/admin/articles/${',
      'lib/planted.ts: `/news/${',
    ]);
  });
});
