import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../src/lib/validateContent.ts';
import { InvalidContentError, type ContentIssue } from '../../src/lib/contentIssue.ts';
import { copyValidFixture, editJson, writeRaw } from '../helpers/contentFixture.ts';

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

describe('validateContent on the fixture tree', () => {
  it('accepts the valid fixture', () => {
    expect(issuesOf(copyValidFixture())).toEqual([]);
  });

  it('accepts the real content of the portal', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const content = validateContent(root);
    expect(content.events).toHaveLength(59);
    expect(content.datasets.length).toBeGreaterThanOrEqual(6);
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
      name: 'a negative count in a dataset row',
      file: DATASET,
      change: (root) => editJson(root, DATASET, (dataset) => (dataset.rows[0].mines_on_maps = -5)),
      entry: 'handovers: row 1 (2021-06-12-aghdam)',
      field: 'rows[0].mines_on_maps',
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
      message: /mine-map/,
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
    editJson(root, DATASET, (dataset) => (dataset.rows[1].source = 'nowhere'));
    expect(issuesOf(root)).toContainEqual({
      file: DATASET,
      entry: 'handovers: row 2 (2021-10-19-listed)',
      field: 'rows[1].source',
      message: '"nowhere" is not a known source id',
    });
  });

  it('stops on a reported 0 written as text, an unknown column and a missing column', () => {
    const root = copyValidFixture();
    editJson(root, DATASET, (dataset) => {
      dataset.rows[0].mines_on_maps = '97000';
      dataset.rows[0].mines = 1;
      delete dataset.rows[1].event;
    });
    const fields = issuesOf(root).map((issue) => `${issue.field}: ${issue.message}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'rows[0].mines_on_maps: must be a number, got "97000"',
        "rows[0].mines: is not one of the dataset's fields",
        'rows[1].event: is missing (write null when the source does not report it)',
      ]),
    );
  });

  it('stops on an article that cites an unknown source or sits in the wrong language folder', () => {
    const root = copyValidFixture();
    const article = 'content/news/en/aghdam-maps.mdx';
    writeRaw(root, article, '---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: az\nsources: [missing-source]\n---\n\nText.\n');
    const issues = issuesOf(root);
    expect(issues).toContainEqual({ file: article, entry: 'en/aghdam-maps', field: 'sources[0]', message: '"missing-source" is not a known source id' });
    expect(issues).toContainEqual({ file: article, entry: 'en/aghdam-maps', field: 'lang', message: 'is "az" but the article is in the "en" folder' });
  });

  it('stops on a place whose district does not exist', () => {
    const root = copyValidFixture();
    editJson(root, 'content/places/aghdam-city.json', (place) => (place.district = 'aghdam-district'));
    expect(issuesOf(root)).toContainEqual({
      file: 'content/places/aghdam-city.json',
      entry: 'aghdam-city',
      field: 'district',
      message: '"aghdam-district" is not a known district id',
    });
  });

  it('stops when a selected dataset drifts from the dataset it was selected from', () => {
    const root = copyValidFixture();
    editJson(root, 'content/datasets/handovers-2021.json', (dataset) => (dataset.rows[0].mines_on_maps = 92000));
    expect(issuesOf(root)).toContainEqual({
      file: 'content/datasets/handovers-2021.json',
      entry: 'handovers-2021: row 1 (2021-06-12-aghdam)',
      field: 'rows[0].mines_on_maps',
      message: 'is 92000 but dataset "handovers" has 97000',
    });
  });
});

describe('articles that use components', () => {
  it('stops on an unknown chart id, naming the article and the line', () => {
    const root = copyValidFixture();
    const article = 'content/news/en/aghdam-maps.mdx';
    writeRaw(root, article, '---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: en\nsources: [trend-2021-06-12]\n---\n\nText.\n\n<Chart id="no-such-chart" />\n');
    expect(issuesOf(root)).toContainEqual({
      file: article,
      entry: 'en/aghdam-maps',
      field: '<Chart id> on line 11',
      message: '"no-such-chart" is not a known chart id',
    });
  });
});

describe('charts', () => {
  const CHART = 'content/charts/handover-mines.json';
  const cases: Array<[string, (chart: any) => void, string, RegExp]> = [
    ['an unknown dataset', (chart) => (chart.dataset = 'handover'), 'dataset', /"handover" is not a known dataset id/],
    ['a field the dataset lacks', (chart) => (chart.series[0].field = 'mines'), 'series[0].field', /"mines" is not a field of dataset "handovers"/],
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
    expect(issuesOf(root)).toContainEqual({ file: article, entry: 'en/aghdam-maps', field: '<DistrictMap focus> on line 9', message: '"agdam" is not a known district id' });
  });
});

describe('figures and events quoted in articles', () => {
  const article = 'content/news/en/aghdam-maps.mdx';
  const withBody = (body: string) => `---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: en\nsources: [trend-2021-06-12]\n---\n\n${body}\n`;

  it('accepts a <Stat> that resolves and an <EventRef> that exists', () => {
    const root = copyValidFixture();
    writeRaw(root, article, withBody('Maps of <Stat dataset="handovers" row="2021-06-12-aghdam" field="mines_on_maps" /> mines, see <EventRef id="2021-06-12-aghdam-maps" />.'));
    expect(issuesOf(root)).toEqual([]);
  });

  it('stops on a <Stat> whose row does not exist, naming the article and the line', () => {
    const root = copyValidFixture();
    writeRaw(root, article, withBody('Maps of <Stat dataset="handovers" row="2021-06-13-aghdam" field="mines_on_maps" /> mines.'));
    expect(issuesOf(root)).toContainEqual({ file: article, entry: 'en/aghdam-maps', field: '<Stat> on line 9', message: 'dataset "handovers" has no row "2021-06-13-aghdam"' });
  });

  it('stops on a <Stat> quoting a figure that was not reported', () => {
    const root = copyValidFixture();
    writeRaw(root, article, withBody('<Stat dataset="handovers" row="2021-10-19-listed" field="mines_on_maps" />'));
    expect(issuesOf(root)).toContainEqual(expect.objectContaining({ file: article, message: 'row "2021-10-19-listed" reports no number in "mines_on_maps" (it is null)' }));
  });

  it('stops on an unknown <EventRef>', () => {
    const root = copyValidFixture();
    writeRaw(root, article, withBody('<EventRef id="2021-06-13-aghdam-maps" />'));
    expect(issuesOf(root)).toContainEqual({ file: article, entry: 'en/aghdam-maps', field: '<EventRef id> on line 9', message: '"2021-06-13-aghdam-maps" is not a known event id' });
  });
});

describe('broken MDX', () => {
  it('stops on an article whose text does not compile, naming the file and the line', () => {
    const root = copyValidFixture();
    const article = 'content/news/en/aghdam-maps.mdx';
    writeRaw(root, article, '---\ntitle: T\ndate: 2021-06-13\nsummary: S\nlang: en\nsources: [trend-2021-06-12]\n---\n\nFirst line.\n\n<Callout>\nnever closed\n');
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
