import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy } from '../../src/lib/csp.ts';

/** A policy as directive → sources. */
const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]));

describe('Content-Security-Policy', () => {
  it('adds extra sources after the site’s own, to img-src and connect-src only', () => {
    const base = directives(contentSecurityPolicy());
    const extended = directives(contentSecurityPolicy(undefined, { img: ['https://img.example'], connect: ['https://api.example'] }));
    expect(extended).toEqual({
      ...base,
      'img-src': [...base['img-src']!, 'https://img.example'],
      'connect-src': [...base['connect-src']!, 'https://api.example'],
    });
  });

  it('allows a tile server’s origin for images', () => {
    expect(directives(contentSecurityPolicy('https://{s}.tiles.example/{z}/{x}/{y}.png'))['img-src']).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://a.tiles.example',
    ]);
  });

  it('lets /admin/ reach GitHub’s API and avatars, and keeps everything else as strict as the site', () => {
    const base = directives(contentSecurityPolicy());
    const admin = directives(adminContentSecurityPolicy());
    expect(admin['connect-src']).toEqual(["'self'", 'blob:', 'data:', 'https://api.github.com']);
    expect(admin['img-src']).toEqual([...base['img-src']!, 'https://avatars.githubusercontent.com']);
    expect({ ...admin, 'img-src': [], 'connect-src': [] }).toEqual({ ...base, 'img-src': [], 'connect-src': [] });
  });
});
