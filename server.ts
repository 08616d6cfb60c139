import { createServer } from 'node:http';
import next from 'next';
import { siteOrigin } from './env';
import { screenRequest } from './lib/http/request-screen';
import { securityHeaders } from './lib/http/security-headers';
import { answerMovedArticlesWith301 } from './lib/http/moved-article';

// The production server: Next's request handler behind a plain HTTP server, so the client's
// address comes from the socket (or, with TRUST_PROXY=1, from the proxy's X-Forwarded-For) and
// reaches the app in a header no client can forge.
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const trustProxy = process.env.TRUST_PROXY === '1';

async function main() {
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer(async (req, res) => {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim();
    const address = (trustProxy && forwarded) || req.socket.remoteAddress || '';
    req.headers['x-midad-client-ip'] = address.replace(/^::ffff:/, '');
    if (!trustProxy) {
      delete req.headers['x-forwarded-for'];
      delete req.headers['x-real-ip'];
    }
    const https = siteOrigin.startsWith('https:') || (trustProxy && req.headers['x-forwarded-proto'] === 'https');
    for (const [name, value] of Object.entries(securityHeaders({ https }))) res.setHeader(name, value);
    if (await screenRequest(req, res)) return;
    answerMovedArticlesWith301(req.method, req.url, res);
    void handle(req, res);
  });
  server.listen(port, hostname, () => console.log(`ready on http://localhost:${port}`));

  // Let in-flight requests finish and in-memory buffers flush before exiting.
  // Listeners may push a promise into `pending` (e.g. a buffer's final write); exit waits for them.
  const shutdown = () => {
    const pending: Promise<unknown>[] = [];
    process.emit('midad:shutdown' as never, pending as never);
    server.close(() => void Promise.allSettled(pending).then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
