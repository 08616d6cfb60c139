import { createServer } from 'node:http';
import next from 'next';
import { stopOnSignals } from './lib/http/shutdown';
import { proxyList, readEnv } from './env';
import { configureCache } from './lib/cache/handler.mjs';
import { watchRecordedExpiries } from './lib/cache/expiry-outbox';
import { processDbSupervisor } from './lib/db/supervisor';
import { screenRequest } from './lib/http/request-screen';
import { securityHeaders } from './lib/http/security-headers';
import { answerMovedArticlesWith301 } from './lib/http/moved-article';
import { frontCacheFromEnv } from './lib/front-cache';
import { addressBehindProxies, compileTrustedProxies } from './lib/security/client-address';
import { answerLegacyRedirect } from './lib/import/legacy-redirects';
import { withoutTrackingParams } from './lib/http/tracking-params';
import { answerWith, fastRouteFor } from './lib/http/fast-routes';

// The production server: Next's request handler behind a plain HTTP server, so the client's
// address comes from the socket (or, behind TRUSTED_PROXIES, from the rightmost untrusted hop of
// X-Forwarded-For) and reaches the app in a header no client can forge.
async function main() {
  // Read now, not when env.ts was first loaded: npm start and the test servers set variables
  // (port, trusted proxies, site URL) just before they start this server in their own process.
  const env = readEnv();
  const { PORT: port, HOSTNAME: hostname } = env;
  const siteOrigin = env.SITE_URL.replace(/\/+$/, '');
  const trustedProxy = compileTrustedProxies(proxyList(env.TRUSTED_PROXIES));
  configureCache({ maxBytes: env.PAGE_CACHE_MB * 1024 * 1024, redisUrl: env.REDIS_URL });
  // Expiries recorded by scripts (a WordPress import from the command line) reach this server too.
  watchRecordedExpiries(processDbSupervisor().client);
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Anonymous public pages from compressed bytes in memory; everything else goes to Next as before.
  const frontCache = frontCacheFromEnv(env);

  const server = createServer(async (req, res) => {
    const peer = req.socket.remoteAddress || '';
    const fromTrustedProxy = trustedProxy(peer, 0);
    req.headers['x-midad-client-ip'] = addressBehindProxies(peer, req.headers['x-forwarded-for'], trustedProxy);
    if (!fromTrustedProxy) {
      delete req.headers['x-forwarded-for'];
      delete req.headers['x-real-ip'];
    }
    const https = siteOrigin.startsWith('https:') || (fromTrustedProxy && req.headers['x-forwarded-proto'] === 'https');
    for (const [name, value] of Object.entries(securityHeaders({ https }))) res.setHeader(name, value);
    if (await screenRequest(req, res)) return;
    // Before anything keys, redirects or renders by the URL (lib/http/tracking-params.ts says why).
    if (req.url) req.url = withoutTrackingParams(req.url);
    // The view beacon and the most-viewed list, once Next has loaded them (lib/http/fast-routes.ts).
    const fastRoute = fastRouteFor(req.method, req.url);
    if (fastRoute) return void answerWith(fastRoute, req, res, `${https ? 'https' : 'http'}://${req.headers.host ?? `localhost:${port}`}`);
    answerMovedArticlesWith301(req.method, req.url, res);
    // Old addresses of an imported WordPress site: 301 from the stored redirects (a pure check
    // first, so other requests never wait on the database), else the front cache, else Next.
    void answerLegacyRedirect(req, res).then((answered) => {
      if (answered) return;
      if (frontCache) frontCache.handle(req, res, () => void handle(req, res));
      else void handle(req, res);
    });
  });
  // A port already in use (or any listen error) ends the start with a non-zero status.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  console.log(`ready on http://localhost:${port}`);
  stopOnSignals(server);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
