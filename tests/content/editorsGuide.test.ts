// Following content/README.md to add one source, one event, one clearance row and one article, to edit the About page
// and to give a place a note for the map keeps the content valid: the checks never depend on today's counts, so an
// editor's ordinary change cannot turn `npm test` red.
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/validateContent.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

describe('an editor following the guide', () => {
  it('adds a source, an event, a clearance row and an article, and the content still passes every check', () => {
    const root = mkdtempSync(join(tmpdir(), 'maa-guide-'));
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    const before = checkContent(root);
    expect(before.issues).toEqual([]);
    // Ids in 2099, which no editor will record, so real November figures added by the guide cannot clash with these.
    const taken = (ids: Array<{ id: string }>, id: string) => ids.some((entry) => entry.id === id);
    expect(taken(before.content.sources, 'trend-2099-12-01')).toBe(false);
    expect(taken(before.content.events, '2099-12-01-anama-reports-november-clearance')).toBe(false);

    writeFileSync(
      join(root, 'content/sources/trend-2099-12-01.json'),
      JSON.stringify({
        publisher: 'Trend',
        title: 'ANAMA monthly clearance figures',
        title_az: 'ANAMA-nın aylıq minatəmizləmə göstəriciləri',
        url: 'https://en.trend.az/azerbaijan/society/0000001.html',
        published: '2099-12-01',
        language: 'en',
      }),
    );
    writeFileSync(
      join(root, 'content/events/2099-12-01-anama-reports-november-clearance.json'),
      JSON.stringify({
        date: '2099-12-01',
        datePrecision: 'day',
        category: 'clearance-milestone',
        title: { en: 'ANAMA reports 5,123.4 ha cleared in November', az: 'ANAMA: noyabrda 5.123,4 hektar ərazi təmizlənib' },
        summary: { en: 'ANAMA said 5,123.4 hectares had been cleared in November.', az: 'ANAMA bildirib ki, noyabrda 5.123,4 hektar ərazi təmizlənib.' },
        districts: ['aghdam'],
        figures: [
          {
            key: 'cleared_ha_month',
            value: 5123.4,
            unit: 'ha',
            qualifier: 'exact',
            label: { en: 'Area cleared in November', az: 'Noyabrda təmizlənmiş ərazi' },
          },
        ],
        sources: ['trend-2099-12-01'],
        flags: [],
        notes: { en: '', az: '' },
      }),
    );
    // One line at the end of the CSV, in the header's column order, as a spreadsheet would save it.
    appendFileSync(
      join(root, 'content/datasets/clearance-reports.csv'),
      'month-2099-11-01-2099-11-30,2099-11-01,2099-11-30,month,5123.4,exact,310,exact,95,exact,4120,exact,,,,aghdam,all-operators,ANAMA,,ANAMA monthly release.,trend-2099-12-01\n',
    );
    writeFileSync(
      join(root, 'content/news/en/november-2099-clearance.mdx'),
      '---\ntitle: November clearance\ndate: 2099-12-01\nsummary: ANAMA reported the area cleared in November.\nlang: en\nsources: [trend-2099-12-01]\n---\n\nANAMA said <Stat dataset="clearance-reports" row="month-2099-11-01-2099-11-30" field="area_cleared_ha" /> hectares were cleared.\n',
    );

    const after = checkContent(root);
    expect(after.issues).toEqual([]);
    expect(after.content.events).toHaveLength(before.content.events.length + 1);
    const rows = (content: typeof after.content, id: string) => content.datasets.find((dataset) => dataset.id === id)!.data.rows;
    expect(rows(after.content, 'clearance-reports')).toHaveLength(rows(before.content, 'clearance-reports').length + 1);
    expect(rows(after.content, 'events')).toHaveLength(rows(before.content, 'events').length + 1);
  });

  it('edits the About page in both languages and adds a note for the map to a place, and the content still passes', () => {
    const root = mkdtempSync(join(tmpdir(), 'maa-guide-'));
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    const edit = (file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
    // A new paragraph under the corrections heading, the same figure in both languages.
    const after = (heading: string, text: string) => (page: string) => page.replace(heading, `${heading}\n\n${text}`);
    edit('content/pages/en/about.mdx', after('<h2 id="corrections">How to report an error</h2>', 'We answer within 5 working days.'));
    edit('content/pages/az/about.mdx', after('<h2 id="corrections">Səhv barədə necə xəbər vermək olar</h2>', '5 iş günü ərzində cavab veririk.'));
    edit('content/places/zangilan.json', (text) => {
      const place = JSON.parse(text);
      place.mapNote = { en: 'A note on Zangilan for readers of the map.', az: 'Xəritənin oxucuları üçün Zəngilan haqqında qeyd.' };
      return JSON.stringify(place, null, 2);
    });

    const checked = checkContent(root);
    expect(checked.issues).toEqual([]);
    expect(checked.content.pages.find((page) => page.id === 'az/about')?.body).toContain('5 iş günü');
    expect(checked.content.places.find((place) => place.id === 'zangilan')?.data.mapNote?.az).toContain('Zəngilan');
  });
});
