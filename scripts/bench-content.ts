// Synthetic content for npm run bench: articles, events and a large dataset made from a fixed seed, so every run
// builds the same site.

const WORDS_EN = (
  'clearance teams survey district field report area hectares village road school return family farm ' +
  'agency statement figure month year operator detector machine map record mine explosive ordnance safety risk ' +
  'education community access water power line forest pasture checkpoint permit route season progress'
).split(' ');
const WORDS_AZ = (
  'minatəmizləmə qrupları ərazi rayon sahə hesabat hektar kənd yol məktəb qayıdış ailə təsərrüfat ' +
  'agentlik bəyanat rəqəm ay il operator detektor maşın xəritə qeyd mina partlayıcı sursat təhlükəsizlik risk ' +
  'maarifləndirmə icma giriş su elektrik xətt meşə otlaq keçid icazə marşrut mövsüm irəliləyiş'
).split(' ');
const WORDS = { en: WORDS_EN, az: WORDS_AZ };
const TAGS = ['clearance-results', 'mine-maps', 'funding', 'casualties', 'returns', 'equipment', 'law'];
const DISTRICTS = ['aghdam', 'fuzuli', 'jabrayil', 'zangilan', 'gubadly', 'lachin', 'kalbajar', 'khojavend', 'khojaly', 'shusha', 'tartar'];

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

function paragraph(next: () => number, words: number, lang: 'en' | 'az' = 'en'): string {
  const text = Array.from({ length: words }, () => pick(next, WORDS[lang])).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * The text of synthetic article `index` in `lang`. English: about 300 words in two sections; Azerbaijani: twelve
 * sections of about 150 words, as long-form articles are written. One quoted figure and one event reference when `components`.
 */
export function syntheticArticle(index: number, sourceId: string, eventId: string, components: boolean, lang: 'en' | 'az' = 'en'): string {
  const next = random(index + 1);
  const day = String((index % 28) + 1).padStart(2, '0');
  const figure = components
    ? `ANAMA reported <Stat dataset="clearance-annual" row="year-2025-01-01-2025-12-31" field="area_cleared_ha" /> hectares cleared in 2025 (<EventRef id="${eventId}" />).`
    : 'ANAMA reported 69,205.7 hectares cleared in 2025.';
  const sections =
    lang === 'en'
      ? [paragraph(next, 60), figure, paragraph(next, 80), `## ${paragraph(next, 4).slice(0, -1)}`, paragraph(next, 80), paragraph(next, 70)]
      : Array.from({ length: 12 }, (_, section) => [
          `## ${paragraph(next, 4, lang).slice(0, -1)}`,
          paragraph(next, 80, lang),
          section === 0 ? figure : paragraph(next, 70, lang),
        ]).flat();
  return [
    '---',
    `title: "${lang === 'en' ? 'Synthetic article' : 'Sintetik məqalə'} ${index}: ${paragraph(next, 5, lang).slice(0, -1)}"`,
    `date: 2026-${String((index % 11) + 1).padStart(2, '0')}-${day}`,
    `summary: "${paragraph(next, 20, lang)}"`,
    `lang: ${lang}`,
    `districts: [${pick(next, DISTRICTS)}]`,
    `tags: [${pick(next, TAGS)}]`,
    `sources: [${sourceId}]`,
    '---',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

/**
 * Synthetic source `index`, as the JSON of content/sources/: each synthetic event cites its own, as real events cite
 * the pages that reported them. (When every event cited the articles' source, each event page listed all N articles:
 * N/10 × N links, 257 MB of HTML at 5,000 articles, which real content does not have.)
 */
export function syntheticSource(index: number): string {
  return `${JSON.stringify(
    {
      publisher: 'Synthetic Agency',
      title: `Synthetic report ${index}`,
      title_az: `Sintetik hesabat ${index}`,
      url: `https://example.org/bench/report-${index}`,
      published: '2025-01-01',
      language: 'en',
    },
    null,
    2,
  )}\n`;
}

/** A synthetic timeline event citing `sourceId`, as the JSON of content/events/. */
export function syntheticEvent(index: number, sourceId: string): string {
  const next = random(100_000 + index);
  // Numbered in letters (a, b, … ba): a digit in a title must be one of the event's figures.
  const letters = index.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
  const title = `Synthetic event ${letters}`;
  return `${JSON.stringify(
    {
      date: `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
      datePrecision: 'day',
      category: pick(next, ['clearance-milestone', 'funding', 'policy', 'equipment']),
      title: { en: title, az: `Sintetik hadisə ${letters}` },
      summary: { en: paragraph(next, 25), az: paragraph(next, 25) },
      districts: [pick(next, DISTRICTS)],
      figures: [],
      sources: [sourceId],
      flags: [],
      notes: { en: '', az: '' },
    },
    null,
    2,
  )}\n`;
}

/** A dataset of `rows` synthetic weekly reports, to show that a large dataset is processed once, not per page. */
export function syntheticDataset(rows: number, sourceId: string): string {
  const next = random(7);
  const text = (en: string) => ({ en, az: en });
  return JSON.stringify({
    title: text('Synthetic weekly reports'),
    description: text('A large synthetic dataset for the build benchmark.'),
    method: text('Made by scripts/bench-content.ts; not real data.'),
    licence: 'CC-BY-4.0',
    updateFrequency: 'weekly',
    version: '1.0.0',
    lastUpdated: '2026-11-28',
    changelog: [{ version: '1.0.0', date: '2026-11-28', changes: text('Synthetic.') }],
    primaryKey: 'row_id',
    fields: [
      { name: 'row_id', type: 'string', unit: null, description: text('Key.'), constraints: { required: true } },
      { name: 'district', type: 'string', unit: null, description: text('District.'), references: 'districts' },
      { name: 'area_cleared_ha', type: 'number', unit: 'ha', description: text('Area.'), constraints: { minimum: 0 } },
    ],
    rows: Array.from({ length: rows }, (_, index) => ({
      row_id: `row-${index}`,
      district: pick(next, DISTRICTS),
      area_cleared_ha: Math.round(next() * 100000) / 10,
      source: sourceId,
    })),
  });
}
