import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { urlOf } from './routes';

// Server Actions as a browser calls them: POST to a page that uses the action, with the
// Next-Action header and the arguments encoded the way React encodes them (FormData entries
// under a numbered prefix, referenced as "$K<n>").

export type ActionRef = { id: string; page: string; name: string };

/** Every Server Action in a build, with a page that can run it. */
export function buildActions(dir: string): ActionRef[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? 'app/[locale]/admin/(panel)/page';
    return { id, page: urlOf(`${worker}.tsx`), name: entry.exportedName ?? id };
  });
}

/** Calls an action with `fields` as its FormData; with `withState`, a previous state comes first. */
export function callAction(
  request: APIRequestContext,
  base: string,
  action: ActionRef,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  withState = true,
): Promise<APIResponse> {
  const multipart: Record<string, string> = { '0': JSON.stringify(withState ? [{ status: 'idle' }, '$K1'] : ['$K1']) };
  for (const [key, value] of Object.entries(fields)) multipart[`1_${key}`] = value;
  return request.post(`${base}${action.page}`, {
    multipart,
    headers: { 'next-action': action.id, accept: 'text/x-component', ...headers },
    maxRedirects: 0,
  });
}
