// How the interface strings are declared: one module per feature in src/i18n/, each with its English strings and an
// Azerbaijani object of exactly the same keys, combined into the one object `t(lang)` returns (src/i18n/ui.ts).
// Both rules are checked by the types (a missing, extra or repeated key does not compile) and again when the
// modules load, so a cast cannot slip past them.
import type { SiteLanguage } from '../schemas/common.ts';

/** Interface strings: texts, or groups of texts, by key. */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

/** The keys of `T`, at every depth, each holding any text: what the other language must provide. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/**
 * The shape `A` must have to translate `E`: every key of `E` (at every depth) with a text, and any key `E` lacks typed
 * `never`, so an extra key fails with "Type 'string' is not assignable to type 'never'" where it is written.
 */
export type ExactKeys<E, A> = {
  readonly [K in keyof E]: E[K] extends string ? string : ExactKeys<E[K], K extends keyof A ? A[K] : unknown>;
} & { readonly [K in Exclude<keyof A, keyof E>]: never };

/** One feature's strings in both languages, with the English keys. */
export type FeatureStrings<E> = Record<SiteLanguage, Translation<E>>;

/** One feature's strings: the English texts and their Azerbaijani translation, which must have exactly the same keys. */
export function defineStrings<E extends StringTree, A extends ExactKeys<E, A>>(strings: { en: E; az: A }): FeatureStrings<E> {
  const problems = keyDifferences(strings.en, strings.az as unknown as StringTree);
  if (problems.length) throw new Error(`The Azerbaijani strings do not match the English keys: ${problems.join('; ')}`);
  return strings as unknown as FeatureStrings<E>;
}

/** Keys one tree has and the other lacks, as "missing nav.home" / "extra nav.help". */
export function keyDifferences(en: StringTree, az: StringTree, prefix = ''): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(en)) {
    const other = az[key];
    if (other === undefined) problems.push(`missing ${prefix}${key}`);
    else if (typeof value !== typeof other) problems.push(`${prefix}${key} is ${typeof other === 'string' ? 'a text' : 'a group'} in Azerbaijani`);
    else if (typeof value !== 'string') problems.push(...keyDifferences(value, other as StringTree, `${prefix}${key}.`));
  }
  for (const key of Object.keys(az)) if (!(key in en)) problems.push(`extra ${prefix}${key}`);
  return problems;
}

type TopKeys<F> = F extends FeatureStrings<infer E> ? keyof E : never;

/** Top-level keys defined by more than one of the features. */
export type RepeatedKeys<F extends readonly unknown[]> = F extends readonly [infer First, ...infer Rest]
  ? Extract<TopKeys<First>, TopKeys<Rest[number]>> | RepeatedKeys<Rest>
  : never;

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never;

/** The strings of all the features together. */
export type CombinedStrings<F extends readonly unknown[]> = UnionToIntersection<F[number] extends FeatureStrings<infer E> ? Translation<E> : never>;

/**
 * The features' strings as one object per language. Two features may not define the same top-level key: the call
 * does not compile (it asks for a `repeatedKeys` property naming them), and throws if a cast hides it.
 */
export function combineStrings<const F extends readonly FeatureStrings<StringTree>[]>(
  ...features: F & ([RepeatedKeys<F>] extends [never] ? unknown : { repeatedKeys: RepeatedKeys<F> })
): Record<SiteLanguage, CombinedStrings<F>> {
  const seen = new Set<string>();
  for (const feature of features) {
    for (const key of Object.keys(feature.en)) {
      if (seen.has(key)) throw new Error(`The interface string "${key}" is defined by two features in src/i18n/`);
      seen.add(key);
    }
  }
  const merge = (lang: SiteLanguage) => Object.assign({}, ...features.map((feature) => feature[lang])) as CombinedStrings<F>;
  return { en: merge('en'), az: merge('az') };
}
