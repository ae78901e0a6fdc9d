/** An element's data-* attributes as the browser exposes them (`element.dataset`): what client modules read back. */
export type DataAttributes = Readonly<Record<string, string | undefined>>;
