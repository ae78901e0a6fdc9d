// Checks on the pages editors write in content/pages/: only the pages the site has, each in both languages, keeping
// the heading ids other pages link to, and using only the components a page may use.
import type { SiteLanguage } from '../schemas/common.ts';
import { CONTENT_FOLDER, PAGE_COMPONENTS, PAGES_FOLDER, SITE_PAGES, type SitePageId } from './collections.ts';
import type { ContentBundle, FailedIds } from './contentBundle.ts';
import type { ContentIssue } from './contentIssue.ts';
import { localizePath, LANGUAGES } from './i18n.ts';
import { unknownValue } from './suggest.ts';

const LANGUAGE_NAMES: Record<SiteLanguage, string> = { en: 'English', az: 'Azerbaijani' };

/** The file a page's text is read from: `content/pages/az/about.mdx`. */
export function sitePageFile(id: string, lang: SiteLanguage): string {
  return `${CONTENT_FOLDER}/${PAGES_FOLDER}/${lang}/${id}.mdx`;
}

/** Every problem with the pages: unknown or missing pages, a lost heading id, a component a page cannot use. */
export function checkSitePages(content: Pick<ContentBundle, 'pages'>, failed: Partial<FailedIds> = {}): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = Object.keys(SITE_PAGES);
  const written = new Set([...content.pages.map((page) => page.id), ...(failed.pages ?? [])]);
  for (const id of known) {
    for (const lang of LANGUAGES) {
      if (written.has(`${lang}/${id}`)) continue;
      const path = localizePath(SITE_PAGES[id as SitePageId].path, lang);
      issues.push({
        file: sitePageFile(id, lang),
        entry: `${lang}/${id}`,
        field: '',
        message: `is missing: the page ${path} is made from it. Write the ${LANGUAGE_NAMES[lang]} text there (content/README.md shows how)`,
      });
    }
  }
  for (const page of content.pages) {
    const id = page.id.split('/').slice(1).join('/');
    const at = { file: page.file, entry: page.id };
    if (!Object.hasOwn(SITE_PAGES, id)) {
      issues.push({ ...at, field: '', message: `${unknownValue(id, 'page of the site', known)} (a new page needs an address in src/pages/ first)` });
      continue;
    }
    const { path, anchors } = SITE_PAGES[id as SitePageId];
    for (const anchor of anchors) {
      if (!new RegExp(`\\bid=["']${anchor}["']`).test(page.body)) {
        issues.push({
          ...at,
          field: 'text',
          message: `has no heading with id="${anchor}", which other pages link to (${path}#${anchor}): keep it, e.g. <h2 id="${anchor}">…</h2>`,
        });
      }
    }
    for (const { name, line } of componentsIn(page.body)) {
      if ((PAGE_COMPONENTS as readonly string[]).includes(name)) continue;
      const allowed = PAGE_COMPONENTS.map((component) => `<${component} />`).join(', ');
      issues.push({ ...at, field: `<${name}> on line ${page.bodyLine + line - 1}`, message: `cannot be used in a page; a page may use ${allowed}` });
    }
  }
  return issues;
}

/** The components (tags starting with a capital letter) a text uses, with the line of the text each is on. */
function componentsIn(body: string): Array<{ name: string; line: number }> {
  return [...body.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)].map((match) => ({ name: match[1]!, line: body.slice(0, match.index).split('\n').length }));
}
