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
