import { describe, expect, it } from 'vitest';
import { matchRecord, outletOf, proposeSourceId } from '../../../src/lib/releases/record.ts';
import { extractArticle } from '../../../src/lib/releases/extract.ts';
import { districtSpellingsOf } from '../../../src/lib/releases/districts.ts';
import { clearanceRow } from '../home/sampleRows.ts';

const week = (report_id: string, figures: { area_cleared_ha: number; ap_mines: number; at_mines?: number; uxo?: number }) =>
  clearanceRow({ report_id, granularity: 'week', at_mines: null, uxo: null, ...figures });
const RECORD = [
  week('week-2025-10-06-2025-10-12', { area_cleared_ha: 1432.8, ap_mines: 82, at_mines: 74, uxo: 517 }),
  week('week-2025-10-13-2025-10-19', { area_cleared_ha: 1000, ap_mines: 10 }),
  week('week-2025-10-13-2025-10-19-b', { area_cleared_ha: 1100, ap_mines: 10 }),
];
const row = (start: string, end: string, area: number, ap: number) => ({
  granularity: 'week' as const,
  period_start: start,
  period_end: end,
  district: null,
  area_cleared_ha: area,
  ap_mines: ap,
  at_mines: null,
  uxo: null,
  mines_and_uxo_combined: null,
});

describe('matching a release against the record', () => {
  it('recognises a release already recorded, rounding aside', () => {
    expect(matchRecord(row('2025-10-06', '2025-10-12', 1432, 82), RECORD)).toEqual({
      reportId: 'week-2025-10-06-2025-10-12',
      duplicateOf: 'week-2025-10-06-2025-10-12',
      disputes: [],
    });
  });
  it('gives a second report of a period the next letter and disputes both', () => {
    expect(matchRecord(row('2025-10-06', '2025-10-12', 1500, 82), RECORD)).toEqual({
      reportId: 'week-2025-10-06-2025-10-12-b',
      duplicateOf: null,
      disputes: ['week-2025-10-06-2025-10-12'],
    });
    expect(matchRecord(row('2025-10-13', '2025-10-19', 1200, 10), RECORD).reportId).toBe('week-2025-10-13-2025-10-19-c');
  });
  it('gives a new period its plain key', () => {
    expect(matchRecord(row('2025-10-20', '2025-10-26', 1644.6, 143), RECORD)).toEqual({
      reportId: 'week-2025-10-20-2025-10-26',
      duplicateOf: null,
      disputes: [],
    });
  });
  it('proposes a free source id from the outlet and date', () => {
    expect(outletOf('https://en.trend.az/azerbaijan/x.html')).toBe('trend');
    expect(outletOf('https://1news.az/news/x')).toBe('1news');
    expect(proposeSourceId('trend', '2025-10-13', new Set(['trend-2025-10-13']))).toBe('trend-2025-10-13-b');
  });
});

describe('the district names the parser knows', () => {
  it('takes the district-level places (no parent district) with their two names, and none of their towns', () => {
    const place = (id: string, en: string, az: string, district: string | null, spellings: string[] = []) => ({
      id,
      data: { name: { en, az }, district, spellings },
    });
    const spellings = districtSpellingsOf([
      place('zangilan', 'Zangilan', 'Zəngilan', null, ['Zengilan', 'Зангилан']),
      place('zangilan-city', 'Zangilan city', 'Zəngilan şəhəri', 'zangilan', ['Zengilan city']),
      place('khankendi', 'Khankendi', 'Xankəndi', null, ['Khankandi', 'Ханкенди']),
    ]);
    // Own names and the place's other spellings, folded, each once; a Russian name without its final vowel; longest first.
    expect(spellings).toEqual([
      { id: 'khankendi', stem: 'khankendi' },
      { id: 'khankendi', stem: 'khankandi' },
      { id: 'zangilan', stem: 'zangilan' },
      { id: 'zangilan', stem: 'zengilan' },
      { id: 'zangilan', stem: 'зангилан' },
      { id: 'khankendi', stem: 'xankendi' },
      { id: 'khankendi', stem: 'ханкенд' },
    ]);
  });
});

describe('extracting an article from a page', () => {
  it('keeps the article text and reads the date and language', () => {
    const html = `<!doctype html><html lang="en"><head><title>Mines found</title><meta property="article:published_time" content="2025-10-13T10:00:00+04:00"></head>
      <body><nav>Home | News | Sport</nav><article><h1>Mines found last week</h1>
      <p>BAKU, Azerbaijan, October 13. From October 6 to 12, 82 anti-personnel mines, 74 anti-tank mines and 517 unexploded ordnance were found and neutralized in Tartar and Aghdam, the Azerbaijan National Agency for Mine Action said in its weekly report.</p>
      <p>A total of 1,432.8 hectares of land were cleared of mines and unexploded ordnance during the week, the agency added in the same statement.</p></article>
      <footer>© Outlet</footer></body></html>`;
    const page = extractArticle(html);
    expect(page.published).toBe('2025-10-13');
    expect(page.language).toBe('en');
    expect(page.text).toContain('82 anti-personnel mines');
    expect(page.text).toContain('1,432.8 hectares');
    expect(page.text).not.toContain('Sport');
  });
});
