import { env } from '@/env';
import { checkDatabaseWrite } from '@/lib/db/health';

// Readiness: 200 when a database write succeeds within HEALTH_TIMEOUT_MS, else 503. Never cached:
// a supervisor or load balancer polls it and takes the instance out of rotation on 503.
export const dynamic = 'force-dynamic';

export async function GET() {
  const check = await checkDatabaseWrite(env.HEALTH_TIMEOUT_MS);
  const headers = { 'Cache-Control': 'no-store', ...(check.ok ? {} : { 'Retry-After': '5' }) };
  return Response.json({ status: check.ok ? 'ok' : 'unavailable', database: check }, { status: check.ok ? 200 : 503, headers });
}
