/**
 * The site's Content-Security-Policy: everything from the site itself, scripts only from files (no inline scripts,
 * no eval; WebAssembly is allowed for the search index), inline style attributes allowed, and images from a tile
 * server only when the site is built with one (PUBLIC_TILE_URL).
 */
export function contentSecurityPolicy(tileUrl?: string): string {
  const tiles = tileUrl ? ` ${new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Where the CMS at /admin/ talks to the git host: GitHub's API, its avatars, and the OAuth helper when there is one. */
export const GIT_HOST_API = 'https://api.github.com';

/**
 * The policy of /admin/, the one page allowed to reach the git host: the site's own policy, plus GitHub's API (and the
 * OAuth helper's origin, `authUrl`) for connections and GitHub's avatars for images.
 */
export function adminContentSecurityPolicy(authUrl?: string): string {
  const helper = authUrl ? ` ${new URL(authUrl).origin}` : '';
  return contentSecurityPolicy()
    .replace("img-src 'self' data: blob:", "img-src 'self' data: blob: https://avatars.githubusercontent.com")
    .replace("connect-src 'self'", `connect-src 'self' blob: data: ${GIT_HOST_API}${helper}`);
}
