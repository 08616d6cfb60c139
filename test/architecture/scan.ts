import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// The rules ARCHITECTURE.md asks contributors to keep, as functions over source text so that
// test/architecture.test.ts can run them on the tree and on planted violations alike.

export const ROOT = path.resolve(__dirname, '..', '..');

/** The application's own code: what the rules apply to (tests, benches and dev scripts may differ). */
export const APP_DIRS = ['app', 'components', 'lib', 'i18n'];
export const APP_FILES = ['server.ts', 'proxy.ts', 'scripts/start.ts'];

const SOURCE = /\.(?:tsx?|mjs|js)$/;
const NOT_APP_CODE = /\.(?:test|spec|bench)\.tsx?$/;

/** Every application source file, relative to the root. */
export function appSourceFiles(root = ROOT): string[] {
  const files = APP_DIRS.flatMap((dir) =>
    readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !NOT_APP_CODE.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
  );
  return [...files, ...APP_FILES.filter((file) => existsSync(path.join(root, file)))].sort();
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function directive(source: ts.SourceFile): 'use client' | 'use server' | null {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    const text = statement.expression.text;
    if (text === 'use client' || text === 'use server') return text;
  }
  return null;
}

/** Lines that read `process.env` (any form: `.X`, `[name]`, destructuring, the object itself). */
export function processEnvReads(file: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'process' &&
      (ts.isPropertyAccessExpression(node) ? node.name.text === 'env' : ts.isStringLiteral(node.argumentExpression) && node.argumentExpression.text === 'env')
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  const source = parse(file, text);
  visit(source);
  return found;
}

/** `'use server'` written anywhere but the top of a module (an inline action skips the shared guard). */
export function inlineServerDirectives(file: string, text: string): string[] {
  const source = parse(file, text);
  const top = directive(source) === 'use server' ? source.statements[0] : undefined;
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node !== top && ts.isExpressionStatement(node) && ts.isStringLiteral(node.expression) && node.expression.text === 'use server') {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function isServerActionModule(file: string, text: string): boolean {
  return directive(parse(file, text)) === 'use server';
}

/** Names exported by a `'use server'` module that the shared wrapper did not build. */
export function unguardedExports(exported: Record<string, unknown>, isGuarded: (value: unknown) => boolean): string[] {
  return Object.entries(exported)
    .filter(([, value]) => !isGuarded(value))
    .map(([name]) => name);
}

// Packages that only run on the server; a client bundle importing one breaks or leaks.
const SERVER_ONLY_PACKAGES = /^(?:server-only|next\/headers|next-intl\/server|@prisma\/|\.prisma\/|pg$|better-sqlite3|redis$|sharp$|node:)/;
// Modules that read server secrets without the `server-only` marker (it would break plain Node callers).
const SERVER_ONLY_FILES = new Set(['env.ts']);

/** Value imports (not `import type`) and re-exports of a module. */
function valueImports(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

export type SourceReader = (file: string) => string | undefined;

/**
 * For each `'use client'` module, the chain of imports that reaches server-only code, following
 * the project's own modules transitively. A `'use server'` module ends a chain: the client gets a
 * reference to its actions, not its code.
 */
export function clientImportsOfServerCode(files: string[], read: SourceReader, root = ROOT): string[] {
  const options: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler, baseUrl: root, paths: { '@/*': ['./*'] }, allowJs: true, resolveJsonModule: true };
  const host: ts.ModuleResolutionHost = {
    fileExists: (file) => read(path.relative(root, file)) !== undefined || ts.sys.fileExists(file),
    readFile: (file) => read(path.relative(root, file)) ?? ts.sys.readFile(file),
  };
  const parsed = new Map<string, ts.SourceFile | null>();
  const sourceOf = (file: string) => {
    if (!parsed.has(file)) {
      const text = read(file);
      parsed.set(file, text === undefined ? null : parse(file, text));
    }
    return parsed.get(file) ?? null;
  };
  const serverOnlyReason = (file: string, source: ts.SourceFile): string | null => {
    if (SERVER_ONLY_FILES.has(file)) return '(the environment)';
    const bad = valueImports(source).find((specifier) => SERVER_ONLY_PACKAGES.test(specifier));
    return bad ?? null;
  };

  const problems: string[] = [];
  for (const start of files) {
    const source = sourceOf(start);
    if (!source || directive(source) !== 'use client') continue;
    const seen = new Set<string>([start]);
    const queue: string[][] = [[start]];
    while (queue.length) {
      const chain = queue.shift()!;
      const file = chain[chain.length - 1]!;
      const current = sourceOf(file);
      if (!current) continue;
      if (file !== start && directive(current) === 'use server') continue;
      const reason = serverOnlyReason(file, current);
      if (reason) {
        problems.push(`${[...chain, reason].join(' → ')}`);
        break;
      }
      for (const specifier of valueImports(current)) {
        if (!specifier.startsWith('.') && !specifier.startsWith('@/')) continue;
        const resolved = ts.resolveModuleName(specifier, path.join(root, file), options, host).resolvedModule;
        if (!resolved || resolved.isExternalLibraryImport) continue;
        const next = path.relative(root, resolved.resolvedFileName);
        if (next.endsWith('.d.ts') || next.endsWith('.json') || seen.has(next)) continue;
        seen.add(next);
        queue.push([...chain, next]);
      }
    }
  }
  return problems;
}

export function readFromDisk(root = ROOT): SourceReader {
  return (file) => {
    const full = path.join(root, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
}

/** Modules loaded with `import('…')` or `require('…')` anywhere in a file. */
function loadedModules(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** Imports of a message catalogue outside the i18n loaders, static or dynamic (type imports are fine). */
export function catalogueImports(file: string, text: string): string[] {
  if (file.startsWith(`i18n${path.sep}`) || file.startsWith('i18n/')) return [];
  const source = parse(file, text);
  return [...valueImports(source), ...loadedModules(source)]
    .filter((specifier) => /(?:^|\/)messages\/[a-z]{2}\.json$/.test(specifier))
    .map((specifier) => `${file} → ${specifier}`);
}

/** Placeholders filled by hand instead of by next-intl's ICU formatter. */
export function handFilledPlaceholders(file: string, text: string): string[] {
  return [...text.matchAll(/\.replace(?:All)?\(\s*['"`]\{\w+\}/g)].map((match) => `${file}: ${match[0]}`);
}

// `/${locale}…`, `/${article.locale}…`, `/${edition ?? …}`, and '/' + locale.
const LOCALE_PREFIX = /`\/\$\{[^}`]*\b(?:locale|edition|lang|language)\b[^}`]*\}|['"`]\/['"`]\s*\+\s*[\w.]*\b(?:locale|edition|lang|language)\b/gi;
// A route of the table with a parameter written into a template: `/news/${slug}`, `/admin/articles/${id}`.
const ROUTE_TEMPLATE = /`\/(?:news|section|author|tag|admin)\/[^`?]*?\$\{/g;

/** Localized paths, or routes with parameters, built by hand instead of by pathTo in lib/url-paths.ts. */
export function handBuiltLocalePaths(file: string, text: string): string[] {
  if (file === path.join('lib', 'url-paths.ts')) return [];
  return [...text.matchAll(LOCALE_PREFIX), ...text.matchAll(ROUTE_TEMPLATE)].map((match) => `${file}: ${match[0]}`);
}
