import { describe, expect, it } from 'vitest';
import { reporterName, translatedReporterName } from '../../src/i18n/reporters.ts';

describe('reporter names', () => {
  it('keeps the data value in English and translates it in Azerbaijani', () => {
    expect(reporterName('Prime Minister', 'en')).toBe('Prime Minister');
    expect(reporterName('Prime Minister', 'az')).toBe('Baş nazir');
    expect(reporterName('Unlisted body', 'az')).toBe('Unlisted body');
  });

  it('gives a translated name only where it differs from the data value', () => {
    expect(translatedReporterName('Prime Minister', 'az')).toBe('Baş nazir');
    expect(translatedReporterName('Prime Minister', 'en')).toBeUndefined();
    expect(translatedReporterName('HALO Trust', 'az')).toBeUndefined();
    expect(translatedReporterName('Unlisted body', 'az')).toBeUndefined();
  });
});
