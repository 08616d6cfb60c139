import { describe, expect, it } from 'vitest';
import { renderSiteConfig } from './render';

describe('nginx site configuration', () => {
  const config = renderSiteConfig({ listen: '127.0.0.1:8080', upstreams: ['10.0.0.2:3000', '10.0.0.3:3000'], cacheDir: '/var/cache/nginx/midad' });

  it('fills every placeholder: port, each instance, cache folder', () => {
    expect(config).not.toMatch(/\{\{\w+\}\}/);
    expect(config).toContain('listen 127.0.0.1:8080;');
    expect(config).toContain('server 10.0.0.2:3000');
    expect(config).toContain('server 10.0.0.3:3000');
    expect(config).toContain('proxy_cache_path /var/cache/nginx/midad ');
    expect(config).not.toContain('brotli on;');
    expect(config).not.toContain('ssl');
  });

  it('listens with TLS and HTTP/2 when given a certificate and its key', () => {
    const tls = renderSiteConfig({ listen: 443, upstreams: ['127.0.0.1:3000'], cacheDir: '/c', tls: { certificate: '/etc/ssl/site.crt', key: '/etc/ssl/site.key' } });
    expect(tls).not.toMatch(/\{\{\w+\}\}/);
    expect(tls).toContain('listen 443 ssl http2;');
    expect(tls).toContain('ssl_certificate /etc/ssl/site.crt;');
    expect(tls).toContain('ssl_certificate_key /etc/ssl/site.key;');
    expect(tls).toContain('proxy_set_header X-Forwarded-Proto $scheme;');
  });

  it('keeps pages one second, and passes the reader address as the rightmost hop', () => {
    expect(config).toContain('proxy_cache_valid 200 301 308 404 1s;');
    expect(config).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
    expect(config).toMatch(/proxy_cache_bypass \$midad_signed_in \$midad_private_path \$http_rsc/);
  });

  it('turns brotli on only when asked, and refuses to render without an instance', () => {
    expect(renderSiteConfig({ listen: 80, upstreams: ['127.0.0.1:3000'], cacheDir: '/c', brotli: true })).toContain('brotli on;');
    expect(() => renderSiteConfig({ listen: 80, upstreams: [], cacheDir: '/c' })).toThrow(/instance/);
  });
});
