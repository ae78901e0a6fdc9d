import { describe, expect, it } from 'vitest';
import { citeEvent } from '../../src/lib/citation.ts';

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
