import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validateContent.ts';
import { InvalidContentError, type ContentIssue } from '../../src/lib/contentIssue.ts';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyValidFixture, editCsv, editJson, writeRaw } from '../helpers/contentFixture.ts';

/** The issues validateContent reports for a tree, or [] when it passes. */
function issuesOf(root: string): ContentIssue[] {
  try {
    validateContent(root);
    return [];
  } catch (error) {
    if (error instanceof InvalidContentError) return error.issues;
    throw error;
  }
}

const EVENT = 'content/events/2021-06-12-aghdam-maps.json';
const DATASET = 'content/datasets/handovers.json';
const ROWS = 'content/datasets/handovers.csv';

describe('validateContent on the fixture tree', () => {
  it('accepts the valid fixture', () => {
    expect(issuesOf(copyValidFixture())).toEqual([]);
  });
});

describe('each kind of bad input names the file, the entry and the field', () => {
  const cases: Array<{ name: string; file: string; change: (root: string) => void; entry: string | RegExp; field: string; message: RegExp }> = [
    {
      name: 'invalid JSON',
      file: EVENT,
      change: (root) => writeRaw(root, EVENT, '{ "date": "2021-06-12", }'),
      entry: '2021-06-12-aghdam-maps',
      field: '',
      message: /not valid JSON/,
    },
    {
      name: 'a missing required field',
      file: EVENT,
      change: (root) => editJson(root, EVENT, (event) => delete event.category),
      entry: '2021-06-12-aghdam-maps',
      field: 'category',
      message: /required|expected/i,
    },
    {
      name: 'an unknown district id',
      file: EVENT,
      change: (root) => editJson(root, EVENT, (event) => (event.districts = ['agdam'])),
      entry: '2021-06-12-aghdam-maps',
      field: 'districts[0]',
      message: /"agdam" is not a known district id/,
    },
    {
      name: 'an unknown source id',
      file: EVENT,
      change: (root) => editJson(root, EVENT, (event) => (event.sources = ['trend-2021-06-13'])),
      entry: '2021-06-12-aghdam-maps',
      field: 'sources[0]',
      message: /"trend-2021-06-13" is not a known source id/,
    },
    {
      name: 'an impossible date',
      file: EVENT,
      change: (root) => editJson(root, EVENT, (event) => (event.date = '2021-02-30')),
      entry: '2021-06-12-aghdam-maps',
      field: 'date',
      message: /real date/,
    },
    {
      name: 'a negative count in a dataset row, named by its spreadsheet row',
      file: ROWS,
      change: (root) => editCsv(root, ROWS, (rows) => (rows[0]!.mines_on_maps = '-5')),
      entry: 'handovers: row 2 (2021-06-12-aghdam)',
      field: 'mines_on_maps',
      message: /at least 0, got -5/,
    },
    {
      name: 'a negative figure in an event',
      file: EVENT,
      change: (root) => editJson(root, EVENT, (event) => (event.figures[0].value = -1)),
      entry: '2021-06-12-aghdam-maps',
      field: 'figures[0].value',
      message: /negative|number/i,
    },
    {
      name: 'a malformed URL',
      file: 'content/sources/trend-2021-06-12.json',
      change: (root) => editJson(root, 'content/sources/trend-2021-06-12.json', (source) => (source.url = 'en.trend.az/3439115')),
      entry: 'trend-2021-06-12',
      field: 'url',
      message: /web address/,
    },
    {
      name: 'a category outside the list',
      file: EVENT,
      change: (root) => editJson(root, EVENT, (event) => (event.category = 'demining')),
      entry: '2021-06-12-aghdam-maps',
      field: 'category',
      message: /"demining" is not allowed.*mine-map/,
    },
    {
      name: 'a district id with a typo, with the id meant',
      file: EVENT,
      change: (root) => editJson(root, EVENT, (event) => (event.districts = ['agdm'])),
      entry: '2021-06-12-aghdam-maps',
      field: 'districts[0]',
      message: /^"agdm" is not a known district id; did you mean "aghdam"\?$/,
    },
  ];

  for (const testCase of cases) {
    it(`stops on ${testCase.name}`, () => {
      const root = copyValidFixture();
      testCase.change(root);
      const issues = issuesOf(root);
      expect(issues).toContainEqual(
        expect.objectContaining({ file: testCase.file, entry: testCase.entry, field: testCase.field, message: expect.stringMatching(testCase.message) }),
      );
    });
  }

  it('stops on a row whose source is unknown', () => {
    const root = copyValidFixture();
    editCsv(root, ROWS, (rows) => (rows[1]!.source = 'nowhere'));
    expect(issuesOf(root)).toContainEqual({
      file: ROWS,
      entry: 'handovers: row 3 (2021-10-19-listed)',
      field: 'source',
      message: '"nowhere" is not a known source id; use one of "npmjs-undated", "trend-2021-06-12"',
    });
  });

  it('stops on a number written with a thousands separator, saying how to write it', () => {
    const root = copyValidFixture();
    writeRaw(
      root,
      ROWS,
      'handover_id,date,districts,mines_on_maps,mines_on_maps_qualifier,event,source\n2021-06-12-aghdam,2021-06-12,aghdam,"97,000",about,2021-06-12-aghdam-maps,trend-2021-06-12\n',
    );
    expect(issuesOf(root)).toContainEqual({
      file: ROWS,
      entry: 'handovers: row 2 (2021-06-12-aghdam)',
      field: 'mines_on_maps',
      message: 'must be a number, got "97,000": write digits only, with a decimal point and no thousands separators (e.g. 1234.5)',
    });
  });

  it('stops on an unknown column and a missing column in the header row', () => {
    const root = copyValidFixture();
    editCsv(root, ROWS, (rows) => {
      for (const row of rows) {
        row.mines = row.mines_on_maps!;
        delete row.event;
      }
    });
    const found = issuesOf(root).map((issue) => `${issue.entry} › ${issue.field}: ${issue.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'handovers: row 1 (header) › event: column is missing from the header row',
        expect.stringMatching(/^handovers: row 1 \(header\) › mines: is not one of the dataset's fields; did you mean "mines_on_maps"\?/),
      ]),
    );
  });

  it('stops on broken CSV at its row and says to fix it first, with no second message from what cites the dataset', () => {
    const root = copyValidFixture();
    writeRaw(
      root,
      ROWS,
      'handover_id,date,districts,mines_on_maps,mines_on_maps_qualifier,event,source\n2021-06-12-aghdam,2021-06-12,aghdam,97000,about,"unclosed,trend-2021-06-12\n',
    );
    const issues = issuesOf(root);
    expect(issues).toEqual([
      expect.objectContaining({ file: ROWS, entry: 'handovers', message: expect.stringMatching(/^is not valid CSV in row 2: .*Fix this first/) }),
    ]);
  });

  it('points invalid JSON at its line', () => {
    const root = copyValidFixture();
    writeRaw(root, EVENT, '{\n  "date": "2021-06-12",\n}\n');
    expect(issuesOf(root)).toContainEqual(
      expect.objectContaining({ file: EVENT, message: expect.stringMatching(/^is not valid JSON \(line 3, column 1: .*Fix this first/) }),
    );
  });

  it('gives one message for an entry that fails its own checks, not one more per file that refers to it', () => {
    const root = copyValidFixture();
    editJson(root, 'content/sources/trend-2021-06-12.json', (source) => (source.url = 'en.trend.az/3439115'));
    const issues = issuesOf(root);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/sources/trend-2021-06-12.json', field: 'url' });
  });

  it("keeps each figure's own wording: a number without its qualifier, or a qualifier without its number, stops", () => {
    const root = copyValidFixture();
    editCsv(root, ROWS, (rows) => {
      rows[0]!.mines_on_maps_qualifier = '';
      rows[1]!.mines_on_maps_qualifier = 'about';
    });
    const found = issuesOf(root).map((issue) => `${issue.entry} › ${issue.field}: ${issue.message}`);
    expect(found).toEqual([
      'handovers: row 2 (2021-06-12-aghdam) › mines_on_maps_qualifier: is empty but mines_on_maps is 97000: write exact, about or more-than as the source worded it',
      'handovers: row 3 (2021-10-19-listed) › mines_on_maps_qualifier: is "about" but mines_on_maps is empty: leave both empty, or fill in the number',
    ]);
  });

  it('stops on an article that cites an unknown source or sits in the wrong language folder', () => {
    const root = copyValidFixture();
    const article = 'content/news/en/aghdam-maps.mdx';
    writeRaw(root, article, '---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: az\nsources: [missing-source]\n---\n\nText.\n');
    const issues = issuesOf(root);
    expect(issues).toContainEqual({
      file: article,
      entry: 'en/aghdam-maps',
      field: 'sources[0]',
      message: expect.stringMatching(/^"missing-source" is not a known source id/),
    });
    expect(issues).toContainEqual({ file: article, entry: 'en/aghdam-maps', field: 'lang', message: 'is "az" but the article is in the "en" folder' });
  });

  it('stops on an article tag that has no names in content/tags/, saying which file to add', () => {
    const root = copyValidFixture();
    const article = 'content/news/en/aghdam-maps.mdx';
    writeRaw(
      root,
      article,
      '---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: en\ntags: [mine-maps, minefield-maps]\nsources: [trend-2021-06-12]\n---\n\nText.\n',
    );
    expect(issuesOf(root)).toEqual([
      {
        file: article,
        entry: 'en/aghdam-maps',
        field: 'tags[1]',
        message: expect.stringMatching(/^"minefield-maps" is not a known tag id.*content\/tags\/minefield-maps\.json with its name in English and Azerbaijani/),
      },
    ]);
  });

  it('stops on a place whose district does not exist', () => {
    const root = copyValidFixture();
    editJson(root, 'content/places/aghdam-city.json', (place) => (place.district = 'aghdam-district'));
    expect(issuesOf(root)).toContainEqual({
      file: 'content/places/aghdam-city.json',
      entry: 'aghdam-city',
      field: 'district',
      message: expect.stringMatching(/^"aghdam-district" is not a known district id/),
    });
  });

  it("derives a selection from its parent by rule, so a change to the parent row is the selection's too", () => {
    const root = copyValidFixture();
    editCsv(root, ROWS, (rows) => (rows[0]!.mines_on_maps = '92000'));
    const selection = validateContent(root).datasets.find((dataset) => dataset.id === 'handovers-2021')!;
    expect(selection.data.rows.map((row) => [row.handover_id, row.mines_on_maps])).toEqual([['2021-06-12-aghdam', 92000]]);
    expect(selection.data.fields.map((field) => field.name)).toContain('mines_on_maps_qualifier');
  });

  it('stops on a selection filter naming a field its parent lacks', () => {
    const root = copyValidFixture();
    editJson(root, 'content/datasets/handovers-2021.json', (dataset) => (dataset.selection.filters[0].field = 'dates'));
    expect(issuesOf(root)).toContainEqual({
      file: 'content/datasets/handovers-2021.json',
      entry: 'handovers-2021',
      field: 'selection.filters[0].field',
      message: '"dates" is not a known field of "handovers"; did you mean "date"?',
    });
  });
});

describe('articles that use components', () => {
  it('stops on an unknown chart id, naming the article and the line', () => {
    const root = copyValidFixture();
    const article = 'content/news/en/aghdam-maps.mdx';
    writeRaw(
      root,
      article,
      '---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: en\nsources: [trend-2021-06-12]\n---\n\nText.\n\n<Chart id="no-such-chart" />\n',
    );
    expect(issuesOf(root)).toContainEqual({
      file: article,
      entry: 'en/aghdam-maps',
      field: '<Chart id> on line 11',
      message: expect.stringMatching(/^"no-such-chart" is not a known chart id/),
    });
  });
});

describe('charts', () => {
  const CHART = 'content/charts/handover-mines.json';
  const cases: Array<[string, (chart: any) => void, string, RegExp]> = [
    ['an unknown dataset', (chart) => (chart.dataset = 'handover'), 'dataset', /"handover" is not a known dataset id/],
    [
      'a field the dataset lacks',
      (chart) => (chart.series[0].field = 'mines'),
      'series[0].field',
      /^"mines" is not a known field of dataset "handovers"; did you mean "mines_on_maps"/,
    ],
    ['a text field drawn as a number', (chart) => (chart.series[0].field = 'handover_id'), 'series[0].field', /not a number field/],
    ['a missing alt text', (chart) => delete chart.alt, 'alt', /required|expected/i],
    ['two rows for one category', (chart) => (chart.x = { field: 'date', unit: 'year' }), 'filters', /has 2 rows for 2021/],
  ];
  for (const [name, change, field, message] of cases) {
    it(`stops on ${name}`, () => {
      const root = copyValidFixture();
      editJson(root, CHART, change);
      expect(issuesOf(root)).toContainEqual(expect.objectContaining({ file: CHART, entry: 'handover-mines', field, message: expect.stringMatching(message) }));
    });
  }
});

describe('district maps in articles', () => {
  it('stops on an unknown district, naming the article and the line', () => {
    const root = copyValidFixture();
    const article = 'content/news/en/aghdam-maps.mdx';
    writeRaw(root, article, '---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: en\nsources: [trend-2021-06-12]\n---\n\n<DistrictMap focus="agdam" />\n');
    expect(issuesOf(root)).toContainEqual({
      file: article,
      entry: 'en/aghdam-maps',
      field: '<DistrictMap focus> on line 9',
      message: expect.stringMatching(/^"agdam" is not a known district id/),
    });
  });
});

describe('figures and events quoted in articles', () => {
  const article = 'content/news/en/aghdam-maps.mdx';
  const withBody = (body: string) => `---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: en\nsources: [trend-2021-06-12]\n---\n\n${body}\n`;

  it('accepts a <Stat> that resolves and an <EventRef> that exists', () => {
    const root = copyValidFixture();
    writeRaw(
      root,
      article,
      withBody('Maps of <Stat dataset="handovers" row="2021-06-12-aghdam" field="mines_on_maps" /> mines, see <EventRef id="2021-06-12-aghdam-maps" />.'),
    );
    expect(issuesOf(root)).toEqual([]);
  });

  it('stops on a <Stat> whose row does not exist, naming the article and the line', () => {
    const root = copyValidFixture();
    writeRaw(root, article, withBody('Maps of <Stat dataset="handovers" row="2021-06-13-aghdam" field="mines_on_maps" /> mines.'));
    expect(issuesOf(root)).toContainEqual({
      file: article,
      entry: 'en/aghdam-maps',
      field: '<Stat> on line 9',
      message: 'dataset "handovers" has no row "2021-06-13-aghdam"; did you mean "2021-06-12-aghdam"?',
    });
  });

  it('stops on a <Stat> quoting a figure that was not reported', () => {
    const root = copyValidFixture();
    writeRaw(root, article, withBody('<Stat dataset="handovers" row="2021-10-19-listed" field="mines_on_maps" />'));
    expect(issuesOf(root)).toContainEqual(
      expect.objectContaining({
        file: article,
        message: 'row "2021-10-19-listed" reports no number in "mines_on_maps" (the cell is empty): quote a field that has one',
      }),
    );
  });

  it('stops on an unknown <EventRef>', () => {
    const root = copyValidFixture();
    writeRaw(root, article, withBody('<EventRef id="2021-06-13-aghdam-maps" />'));
    expect(issuesOf(root)).toContainEqual({
      file: article,
      entry: 'en/aghdam-maps',
      field: '<EventRef id> on line 9',
      message: expect.stringMatching(/^"2021-06-13-aghdam-maps" is not a known event id/),
    });
  });
});

describe('broken MDX', () => {
  it('stops on an article whose text does not compile, naming the file and the line', () => {
    const root = copyValidFixture();
    const article = 'content/news/en/aghdam-maps.mdx';
    writeRaw(
      root,
      article,
      '---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: en\nsources: [trend-2021-06-12]\n---\n\nFirst line.\n\n<Callout>\nnever closed\n',
    );
    expect(issuesOf(root)).toContainEqual({
      file: article,
      entry: 'en/aghdam-maps',
      field: 'text on line 11',
      message: expect.stringMatching(/^is not valid MDX: Expected a closing tag for `<Callout>`/),
    });
  });
});

describe('a translation missing its pair', () => {
  it('stops on an event whose Azerbaijani summary is missing', () => {
    const root = copyValidFixture();
    editJson(root, EVENT, (event) => delete event.summary.az);
    expect(issuesOf(root)).toContainEqual(expect.objectContaining({ file: EVENT, entry: '2021-06-12-aghdam-maps', field: 'summary.az' }));
  });
  it('stops on a dataset field described in one language only', () => {
    const root = copyValidFixture();
    editJson(root, DATASET, (dataset) => (dataset.fields[1].description.az = ''));
    expect(issuesOf(root)).toContainEqual({ file: DATASET, entry: 'handovers', field: 'fields[1].description.az', message: 'Azerbaijani text is empty' });
  });
});

describe('prose that restates data', () => {
  const CHART = 'content/charts/handover-mines.json';

  it('accepts a chart text whose numbers are figures it draws, and fills a count placeholder in both languages', () => {
    const root = copyValidFixture();
    editJson(root, CHART, (chart) => {
      chart.alt = { en: 'Bars for {points} handover: 97,000 mines on the maps.', az: '{points} təhvil üçün sütunlar: xəritələrdə 97.000 mina.' };
    });
    expect(issuesOf(root)).toEqual([]);
  });

  it('stops, naming the chart file and field, when a row changes under a number its text restates', () => {
    const root = copyValidFixture();
    editJson(root, CHART, (chart) => (chart.alt = { en: 'Bars: 97,000 mines on the maps.', az: 'Sütunlar: xəritələrdə 97.000 mina.' }));
    editCsv(root, ROWS, (rows) => (rows[0]!.mines_on_maps = '92000'));
    const issues = issuesOf(root);
    expect(issues).toContainEqual({
      file: CHART,
      entry: 'handover-mines',
      field: 'alt.en',
      message: 'writes "97,000", which is not a figure of the rows chart "handover-mines" draws: correct it to the row\'s value, or take it out',
    });
    expect(issues).toContainEqual(expect.objectContaining({ file: CHART, field: 'alt.az' }));
  });

  it('asks for a placeholder where a text writes a count that follows the data', () => {
    const root = copyValidFixture();
    editJson(root, CHART, (chart) => (chart.notes = { en: 'One bar; 1 handover drawn.', az: 'Bir sütun; 1 təhvil.' }));
    expect(issuesOf(root)).toContainEqual(
      expect.objectContaining({ file: CHART, field: 'notes.en', message: expect.stringMatching(/^writes "1", which is today's .*\{points\}/) }),
    );
  });

  it('checks an event summary against its figures, and a dataset method against its rows', () => {
    const root = copyValidFixture();
    editJson(root, EVENT, (event) => (event.summary = { en: 'Maps of 98,000 mines.', az: '98 000 mina xəritəsi.' }));
    editJson(root, DATASET, (dataset) => (dataset.method = { en: 'One map showed 96,000 mines.', az: 'Bir xəritədə 96 000 mina.' }));
    const fields = issuesOf(root).map((issue) => `${issue.file} › ${issue.field}`);
    expect(fields).toEqual(expect.arrayContaining([`${EVENT} › summary.en`, `${EVENT} › summary.az`, `${DATASET} › method.en`, `${DATASET} › method.az`]));
  });

  it('stops when the English and Azerbaijani texts carry different numbers', () => {
    const root = copyValidFixture();
    editJson(root, EVENT, (event) => (event.title = { en: 'Maps of 97,000 mines handed over', az: '92 000 mina xəritəsi təhvil verilib' }));
    expect(issuesOf(root)).toContainEqual(
      expect.objectContaining({
        file: EVENT,
        field: 'title',
        message: expect.stringMatching(/English has 97000 that Azerbaijani lacks; Azerbaijani has 92000/),
      }),
    );
  });
});

describe('pages the editors write', () => {
  const ABOUT_EN = 'content/pages/en/about.mdx';
  const ABOUT_AZ = 'content/pages/az/about.mdx';
  /** Rewrites a page of a fixture tree through `change`, as an editor would in a text editor. */
  const editPage = (root: string, file: string, change: (text: string) => string) => writeRaw(root, file, change(readFileSync(join(root, file), 'utf8')));

  it('stops on a page missing in one language, naming the file to write', () => {
    const root = copyValidFixture();
    rmSync(join(root, ABOUT_AZ));
    expect(issuesOf(root)).toEqual([
      {
        file: ABOUT_AZ,
        entry: 'az/about',
        field: '',
        message: 'is missing: the page /az/about/ is made from it. Write the Azerbaijani text there (content/README.md shows how)',
      },
    ]);
  });

  it('stops on front matter without a description, and on a page in the wrong language folder', () => {
    const root = copyValidFixture();
    editPage(root, ABOUT_EN, (text) => text.replace(/^description: .*\n/m, ''));
    const issues = issuesOf(root);
    expect(issues).toContainEqual({ file: ABOUT_EN, entry: 'about', field: 'description', message: 'is required but missing' });
    // The missing field fails the entry, so there is no second message saying the page is missing.
    expect(issues).toHaveLength(1);
    const second = copyValidFixture();
    editPage(second, ABOUT_EN, (text) => text.replace('lang: en', 'lang: az'));
    expect(issuesOf(second)).toEqual([{ file: ABOUT_EN, entry: 'en/about', field: 'lang', message: 'is "az" but the page is in the "en" folder' }]);
  });

  it('stops on a page the site has no address for, suggesting the one meant', () => {
    const root = copyValidFixture();
    writeRaw(root, 'content/pages/en/abuot.mdx', '---\ntitle: About\ndescription: D\nlang: en\n---\n\nText.\n');
    expect(issuesOf(root)).toContainEqual({
      file: 'content/pages/en/abuot.mdx',
      entry: 'en/abuot',
      field: '',
      message: '"abuot" is not a known page of the site; did you mean "about"? (a new page needs an address in src/pages/ first)',
    });
  });

  it('stops on a page that lost a heading id other pages link to', () => {
    const root = copyValidFixture();
    editPage(root, ABOUT_AZ, (text) => text.replace('<h2 id="corrections">', '<h2>'));
    expect(issuesOf(root)).toEqual([
      {
        file: ABOUT_AZ,
        entry: 'az/about',
        field: 'text',
        message: 'has no heading with id="corrections", which other pages link to (/about/#corrections): keep it, e.g. <h2 id="corrections">…</h2>',
      },
    ]);
  });

  it('stops on a component a page cannot use, naming its line', () => {
    const root = copyValidFixture();
    editPage(root, ABOUT_EN, (text) => `${text}\n<Chart id="handover-mines" />\n`);
    const line = readFileSync(join(root, ABOUT_EN), 'utf8').trimEnd().split('\n').length;
    expect(issuesOf(root)).toEqual([
      { file: ABOUT_EN, entry: 'en/about', field: `<Chart> on line ${line}`, message: 'cannot be used in a page; a page may use <CorrectionsEmail />' },
    ]);
  });

  it('stops on a page whose two languages carry different numbers', () => {
    const root = copyValidFixture();
    editPage(root, ABOUT_AZ, (text) => text.replace('10 noyabr 2020', '10 noyabr 2021'));
    expect(issuesOf(root)).toEqual([
      {
        file: `${ABOUT_EN} and ${ABOUT_AZ}`,
        entry: 'about',
        field: 'text',
        message:
          'the two languages carry different numbers: English has 2020 that Azerbaijani lacks; Azerbaijani has 2021 that English lacks. Write the same figures in "en" and "az"',
      },
    ]);
  });
});

describe('notes about places', () => {
  const PLACE = 'content/places/aghdam.json';

  it('accept a map note in both languages', () => {
    const root = copyValidFixture();
    editJson(root, PLACE, (place) => (place.mapNote = { en: 'Aghdam has no boundary here.', az: 'Ağdamın burada sərhədi yoxdur.' }));
    expect(issuesOf(root)).toEqual([]);
  });

  it('stop on a map note in one language only, or with other numbers in the other', () => {
    const root = copyValidFixture();
    editJson(root, PLACE, (place) => (place.mapNote = { en: 'Re-established in 2023.' }));
    expect(issuesOf(root)).toContainEqual(expect.objectContaining({ file: PLACE, entry: 'aghdam', field: 'mapNote.az', message: 'is required but missing' }));
    editJson(root, PLACE, (place) => (place.mapNote = { en: 'Re-established in 2023.', az: '2024-cü ildə yenidən yaradılıb.' }));
    expect(issuesOf(root)).toContainEqual(
      expect.objectContaining({ file: PLACE, entry: 'aghdam', field: 'mapNote', message: expect.stringMatching(/English has 2023 that Azerbaijani lacks/) }),
    );
  });
});
