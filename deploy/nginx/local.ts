import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BROTLI_MODULE, brotliModuleInstalled, renderSiteConfig } from './render';

// Runs Debian's nginx as an ordinary user, in the foreground, with everything under a scratch
// folder: the site configuration for tests and the bench, plus any extra server blocks.

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

export type LocalNginx = { url: string; dir: string; stop(): Promise<void> };

export function nginxBinary(): string {
  const found = NGINX_PATHS.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('nginx is not installed: `apt-get install nginx` (bash .ci/run installs it)');
  return found;
}

/** Whether something answers on this loopback port. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, errorLog: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at start-up: ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
    if (await portAnswers(port)) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A certificate for localhost signed by itself, made with Debian's openssl in `dir`: what the TLS
 * configuration is tested and measured with (clients told to accept it).
 */
function selfSignedCertificate(dir: string): { certificate: string; key: string } {
  const files = { certificate: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', files.key, '-out', files.certificate],
    { stdio: 'ignore' },
  );
  return files;
}

/** `tls`: listens with TLS and HTTP/2, on a self-signed certificate for localhost. */
export async function startLocalNginx(options: { port: number; upstreams: string[]; extraServers?: string; workers?: number; tls?: boolean }): Promise<LocalNginx> {
  const binary = nginxBinary();
  // Something already there would keep nginx from binding, and the wait below would take it for nginx.
  if (await portAnswers(options.port)) throw new Error(`port ${options.port} is already in use: nginx cannot listen on it`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'midad-nginx-'));
  // Started by root, nginx's workers run as nobody: they must be able to write the cache.
  chmodSync(dir, 0o755);
  for (const sub of ['cache', 'temp']) mkdirSync(path.join(dir, sub), { mode: 0o777 });
  const brotli = brotliModuleInstalled();
  const tls = options.tls ? selfSignedCertificate(dir) : undefined;
  writeFileSync(path.join(dir, 'midad.conf'), renderSiteConfig({ listen: `127.0.0.1:${options.port}`, upstreams: options.upstreams, cacheDir: path.join(dir, 'cache'), brotli, tls }));
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes ${options.workers ?? 'auto'};
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
${brotli ? `load_module ${BROTLI_MODULE};` : ''}
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    include ${path.join(dir, 'midad.conf')};
${options.extraServers ?? ''}
}
`,
  );
  const child = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: 'ignore' });
  try {
    await waitForPort(options.port, child, path.join(dir, 'error.log'));
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${options.port}`,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
