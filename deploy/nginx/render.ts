import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TRACKING_PARAMS, TRACKING_PREFIXES } from '../../lib/http/tracking-params';

// Renders midad.conf.template for given instances and port. Used by the tests and the bench,
// and by hand for a server:
//   npx tsx deploy/nginx/render.ts --listen 80 --upstream 10.0.0.2:3000 --upstream 10.0.0.3:3000 \
//     > /etc/nginx/conf.d/midad.conf

export type NginxSiteOptions = {
  /** What nginx listens on: a port, or address:port. */
  listen: string | number;
  /** App instances, as address:port. */
  upstreams: string[];
  /** Where the micro-cache keeps its files. */
  cacheDir: string;
  /** Brotli for what the app does not compress (needs Debian's libnginx-mod-http-brotli-filter). */
  brotli?: boolean;
};

/** Debian installs the brotli filter here (package libnginx-mod-http-brotli-filter). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

const BROTLI_DIRECTIVES = `    brotli on;
    brotli_comp_level 5;
    brotli_min_length 512;
    brotli_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml;
`;

export function brotliModuleInstalled(): boolean {
  return existsSync(BROTLI_MODULE);
}

export function renderSiteConfig(options: NginxSiteOptions): string {
  if (!options.upstreams.length) throw new Error('at least one app instance (--upstream address:port) is needed');
  const template = readFileSync(path.join(__dirname, 'midad.conf.template'), 'utf8');
  const values: Record<string, string> = {
    LISTEN: String(options.listen),
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
  for (let i = 0; i < args.length; i++) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--no-brotli') brotli = false;
    else if (value === undefined) throw new Error(`${flag} needs a value`);
    else if (flag === '--listen') listen = value;
    else if (flag === '--upstream') upstreams.push(value);
    else if (flag === '--cache-dir') cacheDir = value;
    else throw new Error(`unknown option ${flag}`);
    if (flag !== '--no-brotli') i++;
  }
  process.stdout.write(renderSiteConfig({ listen, upstreams, cacheDir, brotli }));
}

if (require.main === module) main(process.argv.slice(2));
