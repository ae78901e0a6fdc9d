// /admin/: starts Sveltia CMS (bundled from npm by the site's build, so nothing is loaded from another origin) with
// the configuration the page carries in its JSON script, the articles' file format, the article components and the
// save-time repairs that keep every written value of the type the schemas want. Each save is first checked by the
// build's content checks, and stopped with their messages if it has problems: by the dev server under `npm run edit`,
// in the browser against the content the site was built from in a deployed editor.
import { init, registerCustomFormat, registerEditorComponent, registerEventListener, type CmsConfig, type EditorComponentDefinition } from '@sveltia/cms';
import latinExtended from '@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-normal.woff2?url';
import { ARTICLE_FORMAT, isCmsSetup } from '../lib/cms/cmsSetup.ts';
import { editorComponents } from '../lib/cms/editorComponents.ts';
import { parseArticle, writeArticle } from '../lib/frontMatter.ts';
import { readScriptJson } from '../lib/jsonScript.ts';
import { typeRepairs } from '../lib/cms/typeRepairs.ts';
import {
  CONTENT_CHECK_PATH,
  correctsValue,
  isRecordCorrectionResult,
  isSaveCheckResult,
  RECORD_CORRECTION_PATH,
  saveCheckResult,
  savedFiles,
  type RecordCorrectionResult,
  type SaveCheckResult,
  type SavedFile,
} from '../lib/cms/saveRequest.ts';
import type { ContentIssue } from '../lib/contentIssue.ts';
import { fileId } from '../lib/contentFiles.ts';
import type { ContentCheckReply, ContentCheckRequest } from '../lib/cms/browserCheck.ts';

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

/** The entry with an article's `lang` set from its folder, or a JSON entry's values put back to the schema's types; undefined: nothing to repair. */
function repaired(apiEntry: unknown): ImmutableMap | undefined {
  let entry = apiEntry as ImmutableMap;
  const collection = String(entry.get('collection'));
  // An article's `lang` is its folder's language: `data` is the English (default) version, `i18n` holds the other
  // languages the entry has. A language it does not have is left alone, so an English-only article stays one.
  if (collection === 'news') {
    const { i18n = {} } = entry.toJS() as { i18n?: Record<string, { data?: Record<string, unknown> } | undefined> };
    let article = entry.setIn(['data', 'lang'], 'en');
    for (const [lang, version] of Object.entries(i18n))
      if (version?.data && Object.keys(version.data).length) article = article.setIn(['i18n', lang, 'data', 'lang'], lang);
    return article;
  }
  const rules = setup.typeRules[collection];
  if (!rules) return undefined;
  for (const repair of typeRepairs((entry.get('data') as ImmutableMap).toJS(), rules))
    entry = 'remove' in repair ? entry.deleteIn(['data', ...repair.path]) : entry.setIn(['data', ...repair.path], repair.value);
  return entry;
}

/** The files this save writes, as the build will read them. */
function filesOfSave(entry: ImmutableMap): SavedFile[] {
  const {
    collection,
    path,
    data,
    i18n = {},
  } = entry.toJS() as { collection: string; path: string; data: Record<string, unknown>; i18n?: Record<string, { data?: Record<string, unknown> }> };
  return savedFiles({ collection, path, data, i18n: Object.fromEntries(Object.entries(i18n).map(([lang, version]) => [lang, version?.data])) });
}

/** The dev server's content check of the files this save writes; null when it cannot be reached (the build still checks). */
async function checkSaveOnDevServer(files: SavedFile[]): Promise<SaveCheckResult | null> {
  const response = await fetch(CONTENT_CHECK_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ files }) }).catch(
    () => null,
  );
  if (!response?.ok) return null;
  const result: unknown = await response.json();
  return isSaveCheckResult(result) ? result : null;
}

let checkWorker: Worker | undefined;
let checksSent = 0;

/**
 * The same check in this browser, in a worker, against the content the site was built from (fetched on the first
 * save); null when that content cannot be fetched (the host's build still checks).
 */
function checkSaveInBrowser(files: SavedFile[]): Promise<SaveCheckResult | null> {
  checkWorker ??= new Worker(new URL('./contentCheckWorker.ts', import.meta.url), { type: 'module' });
  const worker = checkWorker;
  const id = ++checksSent;
  return new Promise((resolve) => {
    const reply = (event: MessageEvent<ContentCheckReply>) => {
      if (event.data.id !== id) return;
      worker.removeEventListener('message', reply);
      resolve(event.data.issues && saveCheckResult(event.data.issues));
    };
    worker.addEventListener('message', reply);
    worker.postMessage({ id, files } satisfies ContentCheckRequest);
  });
}

/** The dev server's recording of the dataset value a correction changes; null when it cannot be reached. */
async function recordCorrection(entry: ImmutableMap): Promise<RecordCorrectionResult | null> {
  const { path, data } = entry.toJS() as { path: string; data: Record<string, unknown> };
  const response = await fetch(RECORD_CORRECTION_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ path, data }),
  }).catch(() => null);
  if (!response?.ok) return null;
  const result: unknown = await response.json();
  return isRecordCorrectionResult(result) ? result : null;
}

/** Fills a dialog's list with one item per line. */
function showLines(dialog: HTMLDialogElement, selector: string, lines: string[]): void {
  dialog.querySelector(selector)!.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }),
  );
}

/** Shows what recording the correction wrote and which texts quote the old figure; resolves when the editor closes it. */
function showRecorded({ written, quotes }: { written: string[]; quotes: string[] }): Promise<void> {
  const dialog = document.getElementById('correction-recorded') as HTMLDialogElement;
  showLines(dialog, '[data-recorded-written]', written);
  showLines(dialog, '[data-recorded-quotes]', quotes.length ? quotes : ['No text quotes the figure.']);
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(), { once: true }));
}

/** Shows the check's messages in the page's dialog and resolves when the editor closes it. */
function showProblems({ issues }: SaveCheckResult): Promise<void> {
  const dialog = document.getElementById('content-check') as HTMLDialogElement;
  const list = dialog.querySelector('[data-content-check-list]')!;
  list.replaceChildren(
    ...issues.map((issue) => {
      const item = document.createElement('li');
      const place = document.createElement('span');
      place.className = 'content-check__place';
      place.textContent = `${issue.file} › entry "${issue.entry}"${issue.field ? ` › field "${issue.field}"` : ''}`;
      const message = document.createElement('span');
      message.className = 'content-check__message';
      message.textContent = issue.message;
      item.append(place, message);
      return item;
    }),
  );
  dialog.querySelector('[data-content-check-count]')!.textContent = String(issues.length);
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(), { once: true }));
}

// The dev page's hint about opening the project folder, in the top layer over Sveltia's sign-in screen; the first
// click anywhere (the one on "Work with Local Repository") or Escape closes it.
document.querySelector<HTMLElement>('[data-local-hint]')?.showPopover();

/** Why a deployed editor cannot save a correction that changes a dataset value: that needs the project folder. */
function valueCorrectionElsewhere(path: string): SaveCheckResult {
  const issue: ContentIssue = {
    file: path,
    entry: fileId(path, '.json'),
    field: 'change',
    message:
      'corrects a dataset value, which changes the CSV and raises the version: only the editor under npm run edit (or npm run record:correction) can do that. Record it there, or untick "Add Changed dataset value" if the value was changed in a version already released',
  };
  return saveCheckResult([issue]);
}

registerEventListener({
  name: 'preSave',
  handler: async ({ entry: apiEntry }) => {
    let entry = repaired(apiEntry);
    let saving = entry ?? (apiEntry as unknown as ImmutableMap);
    const notSaved = (why: string) => new Error('saving_failed', { cause: new Error(why) });
    if (correctsValue(String(saving.get('collection')), (saving.get('data') as ImmutableMap).toJS())) {
      if (!import.meta.env.DEV) {
        await showProblems(valueCorrectionElsewhere(String(saving.get('path'))));
        throw notSaved('Not saved: a dataset value is corrected under npm run edit.');
      }
      // A corrected dataset value: the dev server changes the CSV and raises the version (or says why not), and the
      // entry is saved with that version, so saving it again later does not correct the value twice.
      const recorded = await recordCorrection(saving);
      if (!recorded) throw notSaved('Not saved: the correction of the dataset value could not be recorded. Is npm run edit still running?');
      if (!('version' in recorded)) {
        await showProblems(recorded);
        throw notSaved('Not saved: the correction has problems. Fix the fields it named, then save again.');
      }
      saving = saving.setIn(['data', 'version'], recorded.version).deleteIn(['data', 'change']);
      for (const [key, value] of Object.entries(recorded.change)) saving = saving.setIn(['data', 'change', key], value);
      entry = saving;
      await showRecorded(recorded);
    }
    const files = filesOfSave(saving);
    const result = import.meta.env.DEV ? await checkSaveOnDevServer(files) : await checkSaveInBrowser(files);
    if (result?.issues.length) {
      await showProblems(result);
      // Sveltia stops a save when a hook throws, and shows this text in its own notice.
      throw notSaved('Not saved: the content check found problems. Fix the fields it named, then save again.');
    }
    return entry as never;
  },
});

void init({ config: setup.config as unknown as CmsConfig });
