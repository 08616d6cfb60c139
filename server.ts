import { createServer } from 'node:http';
import next from 'next';
import { foreignActionMessage, isForeignServerAction } from './lib/http/foreign-action';
import { answerMovedArticlesWith301 } from './lib/http/moved-article';
import { env, proxyList } from './env';
import { addressBehindProxies, compileTrustedProxies } from './lib/security/client-address';

// The production server: Next's request handler behind a plain HTTP server, so the client's
// address comes from the socket (or, behind TRUSTED_PROXIES, from the rightmost untrusted hop of
// X-Forwarded-For) and reaches the app in a header no client can forge.
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const trustedProxy = compileTrustedProxies(proxyList(env.TRUSTED_PROXIES));

async function main() {
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((req, res) => {
    const peer = req.socket.remoteAddress || '';
    req.headers['x-midad-client-ip'] = addressBehindProxies(peer, req.headers['x-forwarded-for'], trustedProxy);
    if (!trustedProxy(peer, 0)) {
      delete req.headers['x-forwarded-for'];
      delete req.headers['x-real-ip'];
    }
    if (isForeignServerAction(req.method, req.headers)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(foreignActionMessage(req.url));
      return;
    }
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
