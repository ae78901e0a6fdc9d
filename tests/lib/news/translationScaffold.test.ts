import { describe, expect, it } from 'vitest';
import { checkUnfinishedTranslations, resolveEnglishArticle, translationScaffold, TRANSLATE_MARK } from '../../../src/lib/news/translationScaffold.ts';

const ENGLISH = [
  '---',
  'title: Maps of Aghdam handed over',
  'date: 2021-06-13',
  'summary: "The ministry said: maps of 97,000 mines."',
  'lang: en',
  'districts: [aghdam]',
  'tags: [mine-maps]',
  'sources: [trend-2021-06-12, kaaf-2021-06-13]',
  'draft: false',
  '---',
  '',
  'The ministry said it received maps of <Stat dataset="minefield-map-handovers" row="2021-06-12-aghdam" field="mines_on_maps" /> mines.',
  '',
  '<Chart id="mines-on-maps" />',
  '',
].join('\n');

describe('translation scaffold', () => {
  it('finds the English article by path, file name or slug, and refuses the Azerbaijani folder', () => {
    const slugs = ['aghdam-maps-june-2021', 'fuzuli-maps'];
    for (const argument of ['content/news/en/aghdam-maps-june-2021.mdx', 'en/aghdam-maps-june-2021.mdx', 'aghdam-maps-june-2021.mdx', 'aghdam-maps-june-2021'])
      expect(resolveEnglishArticle(argument, slugs)).toEqual({ slug: 'aghdam-maps-june-2021' });
    expect(resolveEnglishArticle('content/news/az/aghdam-maps-june-2021.mdx', slugs)).toEqual({ error: expect.stringContaining('Azerbaijani folder') });
    expect(resolveEnglishArticle('agdam-maps-june-2021', slugs)).toEqual({ error: expect.stringContaining('did you mean "aghdam-maps-june-2021"') });
  });

  it('copies the shared front matter, marks title and summary, and keeps the body and its components byte for byte', () => {
    const text = translationScaffold(ENGLISH, 'content/news/en/aghdam-maps-june-2021.mdx');
    const [, front, body] = text.split(/^---$/m);
    expect(front).toBe(
      [
        '',
        `title: "${TRANSLATE_MARK}: Maps of Aghdam handed over"`,
        'date: 2021-06-13',
        `summary: "${TRANSLATE_MARK}: The ministry said: maps of 97,000 mines."`,
        'lang: az',
        'districts: [aghdam]',
        'tags: [mine-maps]',
        'sources: [trend-2021-06-12, kaaf-2021-06-13]',
        'draft: true',
        '',
      ].join('\n'),
    );
    expect(body).toContain(`${TRANSLATE_MARK}: aşağıdakı mətn content/news/en/aghdam-maps-june-2021.mdx`);
    expect(body!.endsWith(ENGLISH.split('---\n\n')[1]!)).toBe(true);
    // The note names the components without tags, so the content check sees only the article's own components.
    expect(body!.match(/<Stat /g)).toHaveLength(1);
  });

  it('lets a draft keep the mark and names a published article that still has it', () => {
    const article = (draft: boolean, body: string) => ({
      file: 'content/news/az/x.mdx',
      id: 'az/x',
      data: { draft, title: 'Başlıq', summary: 'Xülasə' },
      body,
    });
    expect(checkUnfinishedTranslations([article(true, `${TRANSLATE_MARK}: …`)])).toEqual([]);
    expect(checkUnfinishedTranslations([article(false, 'Tərcümə olunmuş mətn.')])).toEqual([]);
    expect(checkUnfinishedTranslations([article(false, `${TRANSLATE_MARK}: …`)])).toEqual([
      { file: 'content/news/az/x.mdx', entry: 'az/x', field: 'text', message: expect.stringContaining('finish the translation') },
    ]);
  });
});
