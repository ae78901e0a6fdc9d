// Data a component hands its browser module in a <script type="application/json"> (SiteStyle: data-* attributes or a
// JSON script, never globals). The component writes it with scriptJson; the client module reads it back with
// readScriptJson and the guard that the data's own builder exports next to its type (isMapConfig, isDrawableChart).

/** JSON to put inside a <script> element: `<` escaped so no text in the data can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Parses a JSON script and checks it with `isShape`; fails naming `what` when it is missing or of another shape. */
export function readScriptJson<T>(text: string | null | undefined, isShape: (value: unknown) => value is T, what: string): T {
  const value: unknown = text ? JSON.parse(text) : null;
  if (!isShape(value)) throw new Error(`${what}: the page's JSON is missing or not of the expected shape`);
  return value;
}

/** True for a plain object: the first test of every shape guard. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
