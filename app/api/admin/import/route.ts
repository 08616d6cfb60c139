import { after } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { requestLocale } from '@/lib/http/request-locale';
import { canImport } from '@/lib/import/access';
import { claimImport, getImportJob, releaseImport, runImportJob } from '@/lib/import/jobs';
import { receiveExport } from '@/lib/import/upload';
import { isSameOrigin } from '@/lib/security/origin';

// POST multipart/form-data (`file`, optional `dryRun`): starts an import and answers 202 at
// once; GET: the current import's progress and report. Admins only; refusals are 4xx in the
// reader's language.

const noStore = { 'Cache-Control': 'no-store' };

async function refuse(request: Request, key: 'origin' | 'forbidden' | 'missing' | 'tooLarge' | 'busy', status: number) {
  const t = await getTranslations({ locale: requestLocale(request), namespace: 'Import.errors' });
  return Response.json({ error: t(key) }, { status, headers: noStore });
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return refuse(request, 'origin', 403);
  const user = await getCurrentUser();
  if (!canImport(user)) return refuse(request, 'forbidden', 403);
  if (!(await claimImport())) return refuse(request, 'busy', 409);
  const upload = await receiveExport(request).catch(() => 'missing' as const);
  if (typeof upload === 'string') {
    await releaseImport();
    return refuse(request, upload, upload === 'tooLarge' ? 413 : 400);
  }
  after(() => runImportJob({ ...upload, invitedById: user!.id }));
  return Response.json({ started: true }, { status: 202, headers: noStore });
}

export async function GET(request: Request) {
  if (!canImport(await getCurrentUser())) return refuse(request, 'forbidden', 403);
  return Response.json({ job: await getImportJob() }, { headers: noStore });
}
