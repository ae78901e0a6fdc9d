/**
 * An id not in `taken`: `base` itself, else the next free letter (`base-b`, `base-c` … `base-z`), as content/README.md
 * names a second report of a period, a second source of one outlet and day, or a second correction of one cell.
 */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (const letter of 'bcdefghijklmnopqrstuvwxyz') if (!taken.has(`${base}-${letter}`)) return `${base}-${letter}`;
  throw new Error(`No free id for ${base}: ${base}-b to ${base}-z are all taken`);
}
