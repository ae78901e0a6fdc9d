import { describe, expect, it } from 'vitest';
import { placeSearchNames, searchAliasFinder, searchBodyText, withSearchAliases } from '../../../src/lib/search/searchAliases.ts';

const zangilan = placeSearchNames({ name: { en: 'Zangilan', az: 'Zəngilan' }, spellings: ['Zengilan', 'Zangelan', 'Зангилан'] });
const aghdam = placeSearchNames({ name: { en: 'Aghdam', az: 'Ağdam' }, spellings: ['Agdam'] });
const aliasesOf = searchAliasFinder([zangilan, aghdam]);

describe('search aliases', () => {
  it('names a place by all its spellings, folded, each once', () => {
    expect(zangilan).toEqual(['zangilan', 'zengilan', 'zangelan', 'зангилан']);
    expect(aghdam).toEqual(['aghdam', 'agdam']);
  });

  it('adds the spellings of every place a page names in any spelling, with Azerbaijani case endings, and its words folded', () => {
    expect(aliasesOf('Zəngilanda minatəmizləmə')).toEqual(['minatemizleme', 'zangelan', 'zangilan', 'zengilan', 'zengilanda', 'зангилан']);
    expect(aliasesOf('В Зангилане')).toEqual(['zangelan', 'zangilan', 'zengilan', 'зангилан']);
    expect(aliasesOf('Maps of Agdam')).toEqual(['aghdam']);
  });

  it('adds nothing to a page without such names or letters', () => {
    expect(aliasesOf('Area cleared per year')).toEqual([]);
  });

  it('reads the search body as Pagefind does, without the labels of drawings, forms and navigation', () => {
    const html = '<body><nav>Ağdam</nav><main data-pagefind-body><h1>Zəngilan</h1><svg><title>Ağdam</title></svg><script>x</script></main></body>';
    expect(searchBodyText('<main>Ağdam</main>')).toBeNull();
    expect(aliasesOf(searchBodyText(html)!)).toEqual(['zangelan', 'zangilan', 'zengilan', 'зангилан']);
  });

  it('leaves out what the page marks data-pagefind-ignore (its lists of other pages), and only that', () => {
    const html =
      '<main data-pagefind-body><h1>Zəngilan</h1><section aria-labelledby="a" data-pagefind-ignore><h2 id="a">Articles</h2><ul><li>Ağdam</li></ul></section><p>after</p></main>';
    expect(searchBodyText(html)).not.toContain('Ağdam');
    expect(searchBodyText(html)).toContain('after');
    expect(aliasesOf(searchBodyText(html)!)).toEqual(['zangelan', 'zangilan', 'zengilan', 'зангилан']);
  });

  it('writes the words at the end of the search body, hidden and lightly weighted', () => {
    const html = '<main data-pagefind-body><h1>Ağdam</h1></main>';
    expect(withSearchAliases(html, ['agdam', 'a<b'])).toBe(
      '<main data-pagefind-body><h1>Ağdam</h1><p hidden data-pagefind-weight="0.5">agdam a&lt;b</p></main>',
    );
    expect(withSearchAliases(html, [])).toBe(html);
  });
});
