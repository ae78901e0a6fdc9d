import { describe, expect, it } from 'vitest';
import { buildEventCitation, citeEvent } from '../../../src/lib/timeline/eventCitation.ts';

describe('citeEvent', () => {
  it('names the portal, the event, its date, the original reporters and the address', () => {
    expect(
      citeEvent({
        siteName: 'Mine Action Azerbaijan',
        title: 'Aghdam minefield maps exchanged for 15 detainees',
        displayDate: '12 June 2021',
        basedOnLabel: 'Based on',
        basedOn: ['Trend, 12 June 2021', 'clarion.causeaction.com, undated'],
        url: 'https://example.org/timeline/2021-06-12-aghdam/',
      }),
    ).toBe(
      'Mine Action Azerbaijan, "Aghdam minefield maps exchanged for 15 detainees" (12 June 2021). Based on: Trend, 12 June 2021; clarion.causeaction.com, undated. https://example.org/timeline/2021-06-12-aghdam/',
    );
  });
});

describe('buildEventCitation', () => {
  const input = {
    event: { id: '2021-06-12-aghdam', data: { title: { en: 'Maps handed over', az: 'Xəritələr təhvil verildi' }, date: '2021-06-12' } },
    sources: [{ data: { publisher: 'Trend', published: '2021-06' } }, { data: { publisher: 'APA', published: null } }],
    site: new URL('https://example.org'),
  };
  it("cites the event page in the reader's language, with each source's date or the word for undated", () => {
    expect(buildEventCitation({ ...input, lang: 'en', words: { siteName: 'Mine Action Azerbaijan', basedOn: 'Based on', undated: 'undated' } })).toBe(
      'Mine Action Azerbaijan, "Maps handed over" (12 June 2021). Based on: Trend, June 2021; APA, undated. https://example.org/timeline/2021-06-12-aghdam/',
    );
    expect(buildEventCitation({ ...input, lang: 'az', words: { siteName: 'Minatəmizləmə', basedOn: 'Mənbə', undated: 'tarixsiz' } })).toBe(
      'Minatəmizləmə, "Xəritələr təhvil verildi" (12 iyun 2021). Mənbə: Trend, iyun 2021; APA, tarixsiz. https://example.org/az/timeline/2021-06-12-aghdam/',
    );
  });
});
