// The start of an article's Azerbaijani translation (`npm run translate:article`): the English article's shared front
// matter, its translatable fields marked, and its body with a note to translate it. The site pairs the two versions by
// file name, so the translation is written under the English file name in content/news/az/.
import { parseArticle, splitFrontMatter, writeArticle } from '../frontMatter.ts';
import { unknownValue } from '../suggest.ts';

/** The word that marks what is still to be translated, in titles, summaries and the body's note. */
export const TRANSLATE_MARK = 'TƏRCÜMƏ EDİN';

/** The article named by `argument` (a path such as `content/news/en/x.mdx`, `en/x.mdx`, `x.mdx` or just `x`), by slug. */
export function resolveEnglishArticle(argument: string, englishSlugs: readonly string[]): { slug: string } | { error: string } {
  const cleaned = argument
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)?(content\/)?(news\/)?/, '');
  if (/^az\//.test(cleaned)) return { error: `"${argument}" is in the Azerbaijani folder: give the English article it translates (content/news/en/…)` };
  const slug = cleaned.replace(/^en\//, '').replace(/\.mdx?$/, '');
  if (englishSlugs.includes(slug)) return { slug };
  return { error: unknownValue(slug, 'English article in content/news/en/', englishSlugs) };
}

/** A list of ids as the English article has it (the writer puts it as the guide shows it: `[aghdam, fuzuli]`). */
const idList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * The Azerbaijani draft of an English article (its full text, front matter included): date, districts, tags and sources
 * copied, title and summary marked for translation, `draft: true`, and the English body kept whole under a note, so its
 * components (`<Stat>`, `<Chart>`, `<EventRef>`…) stay exactly as they are and the figures stay bound to the data.
 */
export function translationScaffold(english: string, englishFile: string): string {
  if (!splitFrontMatter(english)) throw new Error(`${englishFile} has no front matter between --- lines at the top`);
  const { body, ...data } = parseArticle(english);
  const marked = (value: unknown) => `${TRANSLATE_MARK}: ${String(value ?? '').trim()}`;
  const note = [
    '<Callout kind="caveat">',
    '',
    `${TRANSLATE_MARK}: aşağıdakı mətn ${englishFile} faylındakı ingiliscə orijinaldır. Hər abzası azərbaycan dilinə tərcümə edin. ` +
      'Stat, Chart, EventRef, DistrictMap və Callout komponentlərini olduğu kimi saxlayın: rəqəmləri sayt məlumat dəstlərindən özü götürür. ' +
      'Başlığı və xülasəni də tərcümə edin, bu qutunu silin və dərc etmək üçün draft: false yazın.',
    '',
    `(Translate: the text below is the English original from ${englishFile}. Translate every paragraph; keep the components exactly as ` +
      'they are, so the figures stay bound to the data. Translate the title and summary too, remove this box, and set draft: false to publish.)',
    '',
    '</Callout>',
    '',
  ].join('\n');
  return writeArticle({
    title: marked(data.title),
    date: data.date,
    summary: marked(data.summary),
    lang: 'az',
    districts: idList(data.districts),
    tags: idList(data.tags),
    sources: idList(data.sources),
    draft: true,
    body: `${note}\n${body ?? ''}`,
  });
}

/** A published article that still carries the translation mark: its translation was not finished. */
export function checkUnfinishedTranslations(
  news: ReadonlyArray<{ file: string; id: string; data: { draft: boolean; title: string; summary: string }; body: string }>,
): Array<{ file: string; entry: string; field: string; message: string }> {
  return news.flatMap((article) => {
    if (article.data.draft) return [];
    const fields = (['title', 'summary'] as const).filter((field) => article.data[field].includes(TRANSLATE_MARK));
    const marked: string[] = [...fields];
    if (article.body.includes(TRANSLATE_MARK)) marked.push('text');
    return marked.map((field) => ({
      file: article.file,
      entry: article.id,
      field,
      message: `still says "${TRANSLATE_MARK}": finish the translation and remove the mark (and the note box), or keep draft: true`,
    }));
  });
}
