// The image a page is represented by when it is shared or indexed (JSON-LD `image`).

/**
 * The absolute address of the image for the page at `pagePath`. Every page has the site's logo for now; when the
 * build makes a card per page (1200×630, /og/…), this is the one place to point at it.
 */
export function socialImageUrl(_pagePath: string, site: string | URL): string {
  return new URL('/favicon.svg', site).href;
}
