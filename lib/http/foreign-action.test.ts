import { describe, expect, it } from 'vitest';
import { foreignActionMessage, isForeignServerAction } from './foreign-action';

const action = (headers: Record<string, string>) => ({ 'next-action': 'abc123', host: 'news.example', ...headers });

describe('isForeignServerAction', () => {
  it('refuses a Server Action from another site or with Origin: null', () => {
    expect(isForeignServerAction('POST', action({ origin: 'https://evil.example' }))).toBe(true);
    expect(isForeignServerAction('POST', action({ origin: 'null' }))).toBe(true);
    expect(isForeignServerAction('POST', action({ origin: 'not a url' }))).toBe(true);
  });

  it('lets same-site actions, Origin-less actions and ordinary requests through', () => {
    expect(isForeignServerAction('POST', action({ origin: 'https://news.example' }))).toBe(false);
    expect(isForeignServerAction('POST', action({}))).toBe(false);
    expect(isForeignServerAction('POST', { host: 'news.example', origin: 'https://evil.example' })).toBe(false);
    expect(isForeignServerAction('GET', action({ origin: 'https://evil.example' }))).toBe(false);
  });

  it('compares with the forwarded host behind a proxy', () => {
    expect(
      isForeignServerAction('POST', action({ host: 'app:3000', 'x-forwarded-host': 'news.example', origin: 'https://news.example' })),
    ).toBe(false);
  });
});

describe('foreignActionMessage', () => {
  it('speaks the language of the URL', () => {
    expect(foreignActionMessage('/fr/admin/users')).toContain('Requête refusée');
    expect(foreignActionMessage('/ar/admin')).toContain('رُفض الطلب');
    expect(foreignActionMessage('/admin')).toContain('رُفض الطلب');
  });
});
