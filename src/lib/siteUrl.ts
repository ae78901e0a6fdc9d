// The public address a build writes into canonical links, feeds, the sitemap, JSON-LD and citations
// (scripts/build.ts resolves it before Astro runs; astro.config.mjs reads the result from SITE_URL).

/** Where `npm start` and `npm run dev` serve the site; only a preview build may write it. */
export const PREVIEW_SITE_URL = 'http://localhost:4321';

/** The address `npm test` builds with: a public-looking address, so the tests can find any localhost left over. */
export const TEST_SITE_URL = 'https://mineaction.example.org';

/** The file, at the project's root, that may hold the public address instead of the SITE_URL variable. */
export const SITE_CONFIG_FILE = 'site.config.json';

/** How the build was asked to run: publishing needs the public address, a preview uses localhost, tests the example. */
export type BuildMode = 'publish' | 'preview' | 'test';

/** What resolveSiteUrl reads: the SITE_URL variable and the `siteUrl` of site.config.json, when either is set. */
export interface SiteUrlInputs {
  mode: BuildMode;
  env?: string | undefined;
  configFile?: string | undefined;
}

/** A build without a usable public address; its message says what to set and where. */
export class SiteUrlError extends Error {}

const EXAMPLE = `  SITE_URL=https://mineaction.az npm run build\nor write ${SITE_CONFIG_FILE} at the project's root:\n  { "siteUrl": "https://mineaction.az" }`;

/** The site's address with no trailing slash, or a SiteUrlError naming the variable, the file and an example. */
export function resolveSiteUrl({ mode, env, configFile }: SiteUrlInputs): string {
  if (mode === 'preview') return PREVIEW_SITE_URL;
  if (mode === 'test') return TEST_SITE_URL;
  const value = env?.trim() || configFile?.trim();
  const from = env?.trim() ? 'SITE_URL' : `"siteUrl" in ${SITE_CONFIG_FILE}`;
  if (!value) {
    throw new SiteUrlError(
      `npm run build publishes the site and needs its public address, for canonical links, feeds, the sitemap and citations. Set it:\n${EXAMPLE}\nTo look at the site on this machine, run npm start instead (a preview build on ${PREVIEW_SITE_URL}).`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteUrlError(`${from} is "${value}", which is not a web address: write it in full, e.g. https://mineaction.az`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteUrlError(`${from} is "${value}": it must start with https:// (e.g. https://mineaction.az)`);
  }
  if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    throw new SiteUrlError(`${from} is "${value}", an address of this machine: a published build needs the public address. To preview locally, run npm start.`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new SiteUrlError(`${from} is "${value}": give the site's origin only, without a path, e.g. ${url.origin}`);
  }
  return url.origin;
}

/** The `siteUrl` of site.config.json's text, or a SiteUrlError naming the file when it cannot be read as that. */
export function siteUrlFromConfig(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SiteUrlError(`${SITE_CONFIG_FILE} is not valid JSON (${(error as Error).message}); write { "siteUrl": "https://mineaction.az" }`);
  }
  const value = (parsed as { siteUrl?: unknown } | null)?.siteUrl;
  if (value !== undefined && typeof value !== 'string') {
    throw new SiteUrlError(`${SITE_CONFIG_FILE} › field "siteUrl" must be a text such as "https://mineaction.az", got ${JSON.stringify(value)}`);
  }
  return value;
}
