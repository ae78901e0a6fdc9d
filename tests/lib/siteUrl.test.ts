import { describe, expect, it } from 'vitest';
import { PREVIEW_SITE_URL, resolveSiteUrl, siteUrlFromConfig, SiteUrlError, TEST_SITE_URL } from '../../src/lib/siteUrl.ts';

describe('resolveSiteUrl', () => {
  it('publishes at SITE_URL, before the config file, as an origin without a trailing slash', () => {
    expect(resolveSiteUrl({ mode: 'publish', env: 'https://example.net/', configFile: 'https://other.example' })).toBe('https://example.net');
    expect(resolveSiteUrl({ mode: 'publish', env: '  ', configFile: 'https://other.example' })).toBe('https://other.example');
  });

  it('refuses to publish without an address, saying what to set and where', () => {
    expect(() => resolveSiteUrl({ mode: 'publish' })).toThrow(SiteUrlError);
    expect(() => resolveSiteUrl({ mode: 'publish' })).toThrow(/SITE_URL=https:\/\/mineaction\.az npm run build[\s\S]*site\.config\.json[\s\S]*npm start/);
  });

  it('refuses localhost, a path, and what is not a web address, naming where the value came from', () => {
    expect(() => resolveSiteUrl({ mode: 'publish', env: 'http://localhost:4321' })).toThrow('SITE_URL is "http://localhost:4321", an address of this machine');
    expect(() => resolveSiteUrl({ mode: 'publish', configFile: 'https://example.net/portal/' })).toThrow(
      '"siteUrl" in site.config.json is "https://example.net/portal/": give the site\'s origin only, without a path, e.g. https://example.net',
    );
    expect(() => resolveSiteUrl({ mode: 'publish', env: 'mineaction.az' })).toThrow('SITE_URL is "mineaction.az", which is not a web address');
    expect(() => resolveSiteUrl({ mode: 'publish', env: 'ftp://mineaction.az' })).toThrow('it must start with https://');
  });

  it('previews on localhost and tests on the example address whatever SITE_URL says', () => {
    expect(resolveSiteUrl({ mode: 'preview', env: 'https://example.net' })).toBe(PREVIEW_SITE_URL);
    expect(resolveSiteUrl({ mode: 'test', env: 'https://example.net' })).toBe(TEST_SITE_URL);
    expect(TEST_SITE_URL).not.toContain('localhost');
  });
});

describe('siteUrlFromConfig', () => {
  it('reads siteUrl and names the file when it is not JSON or not a text', () => {
    expect(siteUrlFromConfig('{ "siteUrl": "https://example.net" }')).toBe('https://example.net');
    expect(siteUrlFromConfig('{}')).toBeUndefined();
    expect(() => siteUrlFromConfig('{ siteUrl: ')).toThrow(/^site\.config\.json is not valid JSON/);
    expect(() => siteUrlFromConfig('{ "siteUrl": 4 }')).toThrow('site.config.json › field "siteUrl" must be a text such as "https://mineaction.az", got 4');
  });
});
