// What the CMS's form widgets change in a value's type on save, and how to put it back before the file is written:
// an empty optional text comes back as "" (the schemas want null, or the key left out), and a figure's value edited
// in a text box comes back as "97000" (the schema wants the number).

/** Per collection, the fields whose empty value must be written as null or left out. */
export interface TypeRules {
  /** Top-level fields written as null when empty (`published`, a place's `district`). */
  nullWhenEmpty?: string[];
  /**
   * Optional fields left out when empty (a text, or a bilingual text with both languages empty): a top-level name, or
   * `object.field` for an optional field of an object (a correction's `change.source`).
   */
  omitWhenEmpty?: string[];
  /** List field whose items' `value` is a number unless the item's unit is `date` (events' `figures`). */
  numericFigures?: string;
}

/** One change to the saved data: set the value at `path`, or remove the key. */
export type Repair = { path: (string | number)[]; value: null | number } | { path: (string | number)[]; remove: true };

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isEmpty));

/** The repairs that make `data` (an entry as the CMS is about to write it) match the types the schemas want. */
export function typeRepairs(data: Record<string, unknown>, rules: TypeRules): Repair[] {
  const repairs: Repair[] = [];
  for (const field of rules.nullWhenEmpty ?? [])
    if (field in data && data[field] !== null && isEmpty(data[field])) repairs.push({ path: [field], value: null });
  for (const field of rules.omitWhenEmpty ?? []) {
    const path = field.split('.');
    const parent = path.slice(0, -1).reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
    const key = path.at(-1)!;
    if (typeof parent === 'object' && parent !== null && key in parent && isEmpty((parent as Record<string, unknown>)[key]))
      repairs.push({ path, remove: true });
  }
  const figures = rules.numericFigures ? data[rules.numericFigures] : undefined;
  if (Array.isArray(figures)) {
    figures.forEach((figure: { value?: unknown; unit?: unknown }, index) => {
      if (figure.unit !== 'date' && typeof figure.value === 'string' && /^\d+(\.\d+)?$/.test(figure.value.trim()))
        repairs.push({ path: [rules.numericFigures!, index, 'value'], value: Number(figure.value) });
    });
  }
  return repairs;
}
