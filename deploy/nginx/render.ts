import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TRACKING_PARAMS, TRACKING_PREFIXES } from '../../lib/http/tracking-params';

// Renders midad.conf.template for given instances and port. Used by the tests and the bench,
// and by hand for a server:
//   npx tsx deploy/nginx/render.ts --listen 80 --upstream 10.0.0.2:3000 --upstream 10.0.0.3:3000 \
//     > /etc/nginx/conf.d/midad.conf
// With --tls-certificate and --tls-key it listens with TLS and HTTP/2.

export type NginxSiteOptions = {
  /** What nginx listens on: a port, or address:port. */
  listen: string | number;
  /** App instances, as address:port. */
  upstreams: string[];
  /** Where the micro-cache keeps its files. */
  cacheDir: string;
  /** Brotli for what the app does not compress (needs Debian's libnginx-mod-http-brotli-filter). */
  brotli?: boolean;
  /** TLS with HTTP/2 on the listening port: the certificate (chain) and its key, as files. */
  tls?: { certificate: string; key: string };
};

/** Debian installs the brotli filter here (package libnginx-mod-http-brotli-filter). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

const BROTLI_DIRECTIVES = `    brotli on;
    brotli_comp_level 5;
    brotli_min_length 512;
    brotli_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml;
`;

// HTTP/2 carries a page and all its files on one connection: over HTTP/1.1 a phone opens at
// most six and waits a round trip for each file beyond them. Sessions are resumed for a day, so a
// reader's next page skips the full handshake. (`listen … http2` is the form nginx 1.22, Debian
// 12's, reads; later versions accept it with a notice.)
const tlsDirectives = (tls: NonNullable<NginxSiteOptions['tls']>) => `    ssl_certificate ${tls.certificate};
    ssl_certificate_key ${tls.key};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:midad_tls:10m;
    ssl_session_timeout 1d;
`;

export function brotliModuleInstalled(): boolean {
  return existsSync(BROTLI_MODULE);
}

export function renderSiteConfig(options: NginxSiteOptions): string {
  if (!options.upstreams.length) throw new Error('at least one app instance (--upstream address:port) is needed');
  const template = readFileSync(path.join(__dirname, 'midad.conf.template'), 'utf8');
  const values: Record<string, string> = {
    LISTEN: `${options.listen}${options.tls ? ' ssl http2' : ''}`,
    TLS: options.tls ? tlsDirectives(options.tls) : '',
    UPSTREAM_SERVERS: options.upstreams.map((address) => `    server ${address} max_fails=3 fail_timeout=5s;`).join('\n'),
    CACHE_DIR: options.cacheDir,
    BROTLI: options.brotli ? BROTLI_DIRECTIVES : '',
    // The app's list, as a regular expression's alternatives (names are letters, digits and _).
    TRACKING_PARAMS: [...TRACKING_PARAMS, ...TRACKING_PREFIXES.map((prefix) => `${prefix}[^=&]*`)].join('|'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown placeholder ${name}`);
    return value;
  });
}

function main(args: string[]) {
  const upstreams: string[] = [];
  let listen = '80';
  let cacheDir = '/var/cache/nginx/midad';
  let brotli = brotliModuleInstalled();
  let certificate = '';
  let key = '';
  for (let i = 0; i < args.length; i++) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--no-brotli') brotli = false;
    else if (value === undefined) throw new Error(`${flag} needs a value`);
    else if (flag === '--listen') listen = value;
    else if (flag === '--upstream') upstreams.push(value);
    else if (flag === '--cache-dir') cacheDir = value;
    else if (flag === '--tls-certificate') certificate = value;
    else if (flag === '--tls-key') key = value;
    else throw new Error(`unknown option ${flag}`);
    if (flag !== '--no-brotli') i++;
  }
  if (Boolean(certificate) !== Boolean(key)) throw new Error('TLS needs both --tls-certificate and --tls-key');
  process.stdout.write(renderSiteConfig({ listen, upstreams, cacheDir, brotli, tls: certificate ? { certificate, key } : undefined }));
}

if (require.main === module) main(process.argv.slice(2));
