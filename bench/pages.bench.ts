import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { sqliteFilePath } from '@/lib/db/url';
import { startLocalNginx } from '../deploy/nginx/local';
import { seedArticlePath } from '../e2e/helpers/seed-article';
import { ensureBuild, prepareDatabase } from '../scripts/lib/prepare';
import { watchProcess } from './lib/process-usage';
import { ensureWrk, runWrk, type WrkResult } from './lib/wrk';
import { startFlags } from './lib/start-flags';

// Cached public pages under load: home, the seed article, a section page and a feed, through
// server.ts alone (front cache) and through the nginx configuration, driven by wrk from another
// process (50 connections, Accept-Encoding: gzip). The yardstick, in the same run: nginx serving
// a static copy of the same article bytes, gzip on the fly with nginx's default settings.
// Prints req/s, p50, p99, bytes per response and the server's CPU and peak RSS.

const port = Number(process.env.BENCH_PORT || 3110);
const nginxPort = Number(process.env.BENCH_NGINX_PORT || 8110);
const yardstickPort = nginxPort + 1;
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = 50;
const url = `file:${path.join(os.tmpdir(), `midad-bench-pages-${process.pid}.db`)}`;
const HEADERS = { 'accept-encoding': 'gzip' };
// wrk asks for the article with ?utm_source=facebook&fbclid=<new value> on every request.
const SHARED_LINKS_LUA = `local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. "?utm_source=facebook&fbclid=IwAR" .. n .. "x" .. math.random(1000000000))
end
`;
// wrk sends the article's view beacon, each time from another reader's address (the server trusts
// loopback's X-Forwarded-For here, as it trusts nginx's in production).
const BEACONS_LUA = (origin: string) => `request = function()
  local address = math.random(1, 223) .. "." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("POST", wrk.path, { ["content-type"] = "text/plain", ["origin"] = "${origin}", ["user-agent"] = "Mozilla/5.0 (Linux; Android 14) Chrome/136 Mobile Safari/537.36", ["x-forwarded-for"] = address }, '{"id":1}')
end
`;
const PAGES = [
  ['home', '/ar'],
  ['article', seedArticlePath],
  ['section', '/ar/section/politics'],
  ['feed', '/feeds/ar/rss.xml'],
] as const;

function fetchRaw(base: number, pathname: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: base, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function startServer(serverPort: number, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  // node itself with tsx's loader (no npx, no tsx wrapper): the pid watched is the server's.
  const server = spawn(process.execPath, [...startFlags(), '--import', 'tsx', 'server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, PORT: String(serverPort), HOSTNAME: '127.0.0.1', NODE_ENV: 'production', SITE_URL: `http://localhost:${port}`, ...extraEnv },
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready on') && resolve());
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

const rows: string[][] = [];
function row(what: string, result: WrkResult, bytes: number, server?: { cpuCores: number; peakRssBytes: number }) {
  rows.push([
    what,
    result.perSecond.toFixed(0),
    result.p50.toFixed(2),
    result.p99.toFixed(2),
    String(bytes),
    String(result.non2xx + result.errors),
    server ? `${(server.cpuCores * 100).toFixed(0)} %` : '',
    server ? `${(server.peakRssBytes / 1_048_576).toFixed(0)} MB` : '',
  ]);
}

function printTable() {
  const head = ['what', 'req/s', 'p50 ms', 'p99 ms', 'bytes/resp', 'errors', 'server CPU', 'server peak RSS'];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((width, i) => (i ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`);
  for (const cells of rows) console.log(line(cells));
}

async function main() {
  const wrk = ensureWrk();
  await prepareDatabase(url);
  ensureBuild();
  const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`);
  const server = await startServer(port, { TRUSTED_PROXIES: '127.0.0.1' });
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'midad-bench-static-'));
  let nginx: Awaited<ReturnType<typeof startLocalNginx>> | undefined;
  try {
    // The yardstick's file: the article exactly as the server sends it, uncompressed.
    const article = await fetchRaw(port, seedArticlePath, {});
    chmodSync(staticDir, 0o755);
    writeFileSync(path.join(staticDir, 'article.html'), article.body, { mode: 0o644 });
    nginx = await startLocalNginx({
      port: nginxPort,
      upstreams: [`127.0.0.1:${port}`],
      extraServers: `    server {
        listen 127.0.0.1:${yardstickPort};
        root ${staticDir};
        default_type text/html;
        gzip on;
    }`,
    });
    // Warm every cache: Next's, the front cache, nginx's.
    for (const [, pathname] of PAGES) for (let i = 0; i < 5; i++) await fetchRaw(port, pathname, HEADERS);
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Each measurement follows a one-second run that is thrown away (connections, JIT, caches).
    const measure = async (target: string, script?: string) => {
      await runWrk(wrk, target, { seconds: 1, connections: CONNECTIONS, headers: HEADERS, script });
      return runWrk(wrk, target, { seconds: SECONDS, connections: CONNECTIONS, headers: HEADERS, script });
    };
    const yardstickUrl = `http://127.0.0.1:${yardstickPort}/article.html`;
    const yardstickBytes = (await fetchRaw(yardstickPort, '/article.html', HEADERS)).body.length;
    // Measured first and last: on a shared machine the load changes during the run.
    const yardsticks = [await measure(yardstickUrl)];
    row('nginx, static copy of the article (yardstick, first)', yardsticks[0]!, yardstickBytes);
    const results: Record<string, WrkResult> = {};
    let peakRss = 0;
    // And over every row the same server answers (shared links, the most-viewed list, beacons).
    let peakAll = 0;
    const watchServer = async (run: () => Promise<WrkResult>) => {
      const usage = await watchProcess(server.pid!, run);
      peakAll = Math.max(peakAll, usage.peakRssBytes);
      return usage;
    };
    for (const [via, target] of [['server', port], ['nginx', nginxPort]] as const) {
      for (const [name, pathname] of PAGES) {
        await fetchRaw(target, pathname, HEADERS);
        const sample = await fetchRaw(target, pathname, HEADERS);
        const usage = await watchServer(() => measure(`http://127.0.0.1:${target}${pathname}`));
        peakRss = Math.max(peakRss, usage.peakRssBytes);
        results[`${via} ${name}`] = usage.result;
        const served = via === 'server' ? String(sample.headers['x-front-cache'] ?? 'Next') : String(sample.headers['x-micro-cache'] ?? '');
        row(`${name} via ${via} (${served}, ${sample.status})`, usage.result, sample.body.length, usage);
      }
    }
    // A story going viral is read from shared links, each reader's with its own click id.
    const sharedLinks = path.join(staticDir, 'shared-links.lua');
    writeFileSync(sharedLinks, SHARED_LINKS_LUA);
    for (const [via, target] of [['server', port], ['nginx', nginxPort]] as const) {
      const sample = await fetchRaw(target, `${seedArticlePath}?utm_source=facebook&fbclid=sample`, HEADERS);
      const usage = await watchServer(() => measure(`http://127.0.0.1:${target}${seedArticlePath}`, sharedLinks));
      const served = via === 'server' ? String(sample.headers['x-front-cache'] ?? 'Next') : String(sample.headers['x-micro-cache'] ?? '');
      row(`article from shared links, a new fbclid each, via ${via} (${served}, ${sample.status})`, usage.result, sample.body.length, usage);
    }
    // What every view adds to the page: its beacon, and (a reader's first page) the most-viewed list.
    const beacons = path.join(staticDir, 'beacons.lua');
    writeFileSync(beacons, BEACONS_LUA(`http://localhost:${port}`));
    await fetchRaw(port, '/api/views/top?locale=ar', HEADERS);
    const topList = await watchServer(() => measure(`http://127.0.0.1:${port}/api/views/top?locale=ar`));
    row('most-viewed list (JSON) via server', topList.result, (await fetchRaw(port, '/api/views/top?locale=ar', HEADERS)).body.length, topList);
    const beaconRun = await watchServer(() => measure(`http://127.0.0.1:${port}/api/views`, beacons));
    row(`view beacons, each from another address, via server (${beaconRun.result.non2xx} not 2xx)`, beaconRun.result, 0, beaconRun);
    // For comparison: the same article through Next alone (front cache off), on a second server.
    const nextAlone = await startServer(port + 1, { FRONT_CACHE_MB: '0' });
    try {
      for (let i = 0; i < 5; i++) await fetchRaw(port + 1, seedArticlePath, HEADERS);
      const sample = await fetchRaw(port + 1, seedArticlePath, HEADERS);
      const usage = await watchProcess(nextAlone.pid!, () => measure(`http://127.0.0.1:${port + 1}${seedArticlePath}`));
      row(`article via Next alone, front cache off (${String(sample.headers['x-nextjs-cache'])}, ${sample.status})`, usage.result, sample.body.length, usage);
    } finally {
      nextAlone.kill('SIGTERM');
    }
    yardsticks.push(await measure(yardstickUrl));
    row('nginx, static copy of the article (yardstick, last)', yardsticks[1]!, yardstickBytes);
    const yardstick = { perSecond: (yardsticks[0]!.perSecond + yardsticks[1]!.perSecond) / 2 };
    console.log(`\nload average after: ${load()}\n`);
    printTable();
    const ratio = (name: string) => (results[name]!.perSecond / yardstick.perSecond).toFixed(2);
    console.log(`\nratio to the yardstick (mean of first and last, ${yardstick.perSecond.toFixed(0)} req/s): article ${ratio('server article')}, home ${ratio('server home')} through the server; article ${ratio('nginx article')} through nginx`);
    const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
    console.log(`server peak RSS: ${megabytes(peakRss)} serving the pages; ${megabytes(peakAll)} over every row it answered (shared links, most-viewed list, beacons from a new address each)`);
    console.log('targets: article and home via server >= 5,000 req/s, p99 <= 30 ms, >= 0.5 x yardstick; via nginx >= 20,000 req/s; RSS <= 400 MB');
  } finally {
    await nginx?.stop();
    server.kill('SIGTERM');
    rmSync(staticDir, { recursive: true, force: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFilePath(url) + suffix, { force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
