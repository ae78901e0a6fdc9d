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
