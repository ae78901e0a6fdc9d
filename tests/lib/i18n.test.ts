import { describe, expect, it } from 'vitest';
import { alternatePath, languageOfPath, languagePaths, localizePath, pathWithoutLanguage } from '../../src/lib/i18n.ts';

describe('language paths', () => {
  it('reads the language from the path', () => {
    expect(languageOfPath('/')).toBe('en');
    expect(languageOfPath('/about/')).toBe('en');
    expect(languageOfPath('/az/')).toBe('az');
    expect(languageOfPath('/az/about/')).toBe('az');
    expect(languageOfPath('/azerbaijan/')).toBe('en');
  });
  it('strips and adds the prefix', () => {
    expect(pathWithoutLanguage('/az/about/')).toBe('/about/');
    expect(pathWithoutLanguage('/az')).toBe('/');
    expect(localizePath('/about/', 'az')).toBe('/az/about/');
    expect(localizePath('/', 'en')).toBe('/');
  });
  it('switches language on the same page', () => {
    expect(alternatePath('/about/', 'az')).toBe('/az/about/');
    expect(alternatePath('/az/about/', 'en')).toBe('/about/');
    expect(alternatePath('/az/', 'en')).toBe('/');
    expect(alternatePath('/', 'az')).toBe('/az/');
  });
  it('gives getStaticPaths one English and one Azerbaijani page', () => {
    expect(languagePaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'az' }, props: { lang: 'az' } },
    ]);
  });
});
