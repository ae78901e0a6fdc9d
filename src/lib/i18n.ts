import type { SiteLanguage } from '../schemas/common.ts';

/** The site's languages; English is served at `/`, Azerbaijani at `/az/`. */
export const LANGUAGES: readonly SiteLanguage[] = ['en', 'az'];

/** Language of a site path: `/az/…` is Azerbaijani, everything else English. */
export function languageOfPath(pathname: string): SiteLanguage {
  return pathname === '/az' || pathname.startsWith('/az/') ? 'az' : 'en';
}

/** The path without its language prefix: `/az/about/` → `/about/`. */
export function pathWithoutLanguage(pathname: string): string {
  if (languageOfPath(pathname) === 'en') return pathname;
  const rest = pathname.slice('/az'.length);
  return rest === '' ? '/' : rest;
}

/** A language-neutral path (`/about/`) in `lang`: `/about/` or `/az/about/`. */
export function localizePath(path: string, lang: SiteLanguage): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'en' ? clean : `/az${clean}`;
}

/** The same page in the other language: `/about/` ↔ `/az/about/`, keeping any `#fragment`. */
export function alternatePath(pathname: string, lang: SiteLanguage): string {
  return localizePath(pathWithoutLanguage(pathname), lang);
}

/** getStaticPaths for a page that exists in both languages: `[...lang]` is empty for English and `az` for Azerbaijani. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang: lang === 'en' ? undefined : lang }, props: { lang } }));
}
