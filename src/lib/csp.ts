/** Sources a page may add to the site's policy, by directive. */
export interface PolicyExtra {
  /** Added to `img-src`. */
  img?: readonly string[];
  /** Added to `connect-src`. */
  connect?: readonly string[];
}

/**
 * The site's Content-Security-Policy: everything from the site itself, scripts only from files (no inline scripts,
 * no eval; WebAssembly is allowed for the search index), inline style attributes allowed, and images from a tile
 * server only when the site is built with one (PUBLIC_TILE_URL). `extra` adds sources to `img-src` and `connect-src`
 * (the admin page's git host), after the site's own.
 */
export function contentSecurityPolicy(tileUrl?: string, extra: PolicyExtra = {}): string {
  const tiles = tileUrl ? [new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin] : [];
  const sources = (...list: readonly string[]) => list.join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${sources("'self'", 'data:', 'blob:', ...tiles, ...(extra.img ?? []))}`,
    "font-src 'self'",
    `connect-src ${sources("'self'", ...(extra.connect ?? []))}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Where the CMS at /admin/ talks to the git host: GitHub's API (REST and GraphQL). */
const GIT_HOST_API = 'https://api.github.com';
/** Where the CMS shows the signed-in editor's GitHub avatar from. */
const GIT_HOST_AVATARS = 'https://avatars.githubusercontent.com';

/**
 * The policy of /admin/, the one page allowed to reach the git host: the site's own policy, plus GitHub's API and the
 * `blob:` and `data:` URLs the CMS fetches in the browser for connections, and GitHub's avatars for images. The OAuth helper (PUBLIC_CMS_AUTH_URL) needs nothing here: Sveltia opens it in a popup window and the helper
 * hands the token back with postMessage, neither of which connect-src governs; so the policy is the same whatever
 * helper a deployment uses, and public/_headers can send it as written.
 */
export function adminContentSecurityPolicy(): string {
  return contentSecurityPolicy(undefined, { img: [GIT_HOST_AVATARS], connect: ['blob:', 'data:', GIT_HOST_API] });
}
