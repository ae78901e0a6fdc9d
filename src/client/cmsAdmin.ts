// /admin/: starts Sveltia CMS (bundled from npm by the site's build, so nothing is loaded from another origin) with
// the configuration the page carries in its JSON script, the articles' file format, the article components and the
// save-time repairs that keep every written value of the type the schemas want.
import { init, registerCustomFormat, registerEditorComponent, registerEventListener, type CmsConfig, type EditorComponentDefinition } from '@sveltia/cms';
import latinExtended from '@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-normal.woff2?url';
import { ARTICLE_FORMAT, isCmsSetup } from '../lib/cms/cmsSetup.ts';
import { editorComponents } from '../lib/cms/editorComponents.ts';
import { parseArticle, writeArticle } from '../lib/frontMatter.ts';
import { readScriptJson } from '../lib/jsonScript.ts';
import { typeRepairs } from '../lib/cms/typeRepairs.ts';

/** The part of Immutable's Map API the save hook uses. */
interface ImmutableMap {
  get(key: string): unknown;
  setIn(path: (string | number)[], value: unknown): ImmutableMap;
  deleteIn(path: (string | number)[]): ImmutableMap;
  toJS(): Record<string, unknown>;
}

const setup = readScriptJson(document.getElementById('cms-setup')?.textContent, isCmsSetup, '/admin/');

// Sveltia bundles Source Sans 3 in its Latin subset only; Azerbaijani's ə, ğ, ş come from the Latin Extended one.
document.fonts.add(
  new FontFace('Source Sans 3', `url(${latinExtended}) format('woff2-variations')`, {
    weight: '200 900',
    display: 'swap',
    unicodeRange:
      'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1E00-1E9F, U+20A0-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
  }),
);

// `?backend=test-repo` edits files kept in the browser only (the browser tests, or trying the editor out).
if (new URLSearchParams(location.search).get('backend') === 'test-repo') setup.config.backend = { name: 'test-repo' };

registerCustomFormat(ARTICLE_FORMAT, 'mdx', { fromFile: parseArticle, toFile: writeArticle });

for (const component of editorComponents(setup.pickers)) registerEditorComponent(component as unknown as EditorComponentDefinition);

registerEventListener({
  name: 'preSave',
  handler: ({ entry: apiEntry }) => {
    let entry = apiEntry as unknown as ImmutableMap;
    const collection = String(entry.get('collection'));
    // An article's `lang` is its folder's language: `data` is the English (default) version, `i18n` holds the other
    // languages the entry has. A language it does not have is left alone, so an English-only article stays one.
    if (collection === 'news') {
      const { i18n = {} } = entry.toJS() as { i18n?: Record<string, { data?: Record<string, unknown> } | undefined> };
      let article = entry.setIn(['data', 'lang'], 'en');
      for (const [lang, version] of Object.entries(i18n))
        if (version?.data && Object.keys(version.data).length) article = article.setIn(['i18n', lang, 'data', 'lang'], lang);
      return article as never;
    }
    const rules = setup.typeRules[collection];
    if (!rules) return undefined;
    for (const repair of typeRepairs((entry.get('data') as ImmutableMap).toJS(), rules))
      entry = 'remove' in repair ? entry.deleteIn(['data', ...repair.path]) : entry.setIn(['data', ...repair.path], repair.value);
    return entry as never;
  },
});

void init({ config: setup.config as unknown as CmsConfig });
