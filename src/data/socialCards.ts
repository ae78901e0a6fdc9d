// The social preview card of each page (src/lib/social/), filled from the same data and formatters the page uses, and
// made once per build: the page reads its address and alt text, the endpoint in src/pages/[...lang]/og/ draws it.
import type { SiteLanguage } from '../schemas/common.ts';
import type { ClearanceReport } from '../lib/home/clearance.ts';
import { formatNumber, formatPartialDate } from '../lib/format.ts';
import { articleSlug } from '../lib/news/articleLists.ts';
import { chartCardPoint, firstStatReference, latestDistrictArea } from '../lib/social/cardFigures.ts';
import { cardAddress, cardAlt, sourceLine, type CardFigure, type CardKind, type SocialCard } from '../lib/social/cardModel.ts';
import { cardPagePath, cardPath, type EntryCardKind } from '../lib/social/cardPaths.ts';
import { languagePaths } from '../lib/i18n.ts';
import { t } from '../i18n/ui.ts';
import { getArticlePages, getPublishedArticles } from './articles.ts';
import { getChartDefinition, getChartModel, getChartSvg } from './charts.ts';
import { getDataset, getDistrictsById, getEntries, getEntryById, getSource } from './content.ts';
import { getHeadlineFigures } from './home.ts';
import { getPublishedData } from './publishedDatasets.ts';
import { getStat } from './stats.ts';

/** What a page's head says about its card: where it is and a sentence describing it. */
export interface CardImage {
  /** The card's path on the site (`/og/chart/<id>.png`); the head makes it absolute with the site's address. */
  path: string;
  /** og:image:alt: everything the card shows, in one or more sentences. */
  alt: string;
}

/** The parts of a card every page kind fills the same way. */
type CardBody = Pick<SocialCard, 'title' | 'figure' | 'description' | 'source'>;

const cards = new Map<string, Promise<SocialCard>>();

/** A page's card in `lang`, built once per build; `id` is the entry's id (an article's slug), null for the home card. */
export function getCard(kind: CardKind, id: string | null, lang: SiteLanguage): Promise<SocialCard> {
  const key = `${lang}:${kind}:${id}`;
  if (!cards.has(key)) cards.set(key, buildCard(kind, id, lang));
  return cards.get(key)!;
}

/** The address and alt text of a page's card (the home card when `kind` is 'home'). */
export async function getCardImage(kind: CardKind, id: string | null, lang: SiteLanguage): Promise<CardImage> {
  return { path: cardPath(kind, id, lang), alt: cardAlt(await getCard(kind, id, lang)) };
}

/** getStaticPaths of the cards: every entry of every page kind with a card, in both languages (params `lang`, `kind`, `id`). */
export async function cardPaths() {
  const [charts, events, districts, published, articles] = await Promise.all([
    getEntries('charts'),
    getEntries('events'),
    getDistrictsById(),
    getPublishedData(),
    getPublishedArticles(),
  ]);
  const ids = (lang: SiteLanguage): Record<EntryCardKind, string[]> => ({
    chart: charts.map((chart) => chart.id),
    // An article's card in the languages it is written in: a page pointing to the other language uses that one's.
    article: [...new Set(articles.filter((article) => article.data.lang === lang).map(articleSlug))],
    event: events.map((event) => event.id),
    district: [...districts.keys()],
    dataset: published.datasets.map((dataset) => dataset.id),
  });
  return languagePaths().flatMap((path) =>
    Object.entries(ids(path.props.lang)).flatMap(([kind, entries]) =>
      entries.map((id) => ({ params: { ...path.params, kind, id }, props: { ...path.props, kind: kind as EntryCardKind } })),
    ),
  );
}

async function buildCard(kind: CardKind, id: string | null, lang: SiteLanguage): Promise<SocialCard> {
  const strings = t(lang);
  const kindLabels: Record<CardKind, string> = {
    chart: strings.cardChart,
    article: strings.cardArticle,
    event: strings.cardEvent,
    district: strings.cardDistrict,
    dataset: strings.cardDataset,
    home: strings.cardHome,
  };
  const body = kind === 'home' ? await homeCard(lang) : await entryCard(kind, id!, lang);
  return {
    lang,
    kindLabel: kindLabels[kind],
    ...body,
    // A chart's card shows the chart itself beside its latest figure, drawn by the same renderer as the page.
    ...(kind === 'chart' ? { chartSvg: (await getChartSvg(id!, lang, 'card')).svg } : {}),
    siteName: strings.siteName,
    address: cardAddress(new URL(cardPagePath(kind, id, lang), import.meta.env.SITE)),
    altIntro: strings.cardAltIntro,
  };
}

function entryCard(kind: EntryCardKind, id: string, lang: SiteLanguage): Promise<CardBody> {
  if (kind === 'chart') return chartCard(id, lang);
  if (kind === 'article') return articleCard(id, lang);
  if (kind === 'event') return eventCard(id, lang);
  if (kind === 'district') return districtCard(id, lang);
  return datasetCard(id, lang);
}

/** "Source: Trend, 12 June 2025" for a source id. */
async function sourceOf(id: string, lang: SiteLanguage): Promise<string> {
  const strings = t(lang);
  return sourceLine({ source: strings.source, undated: strings.undated }, (await getSource(id)).data, lang);
}

const asOf = (date: string, lang: SiteLanguage) => `${t(lang).asOf} ${formatPartialDate(date, lang)}`;

/** The home page: its first headline figure (area cleared), with its date and source. */
async function homeCard(lang: SiteLanguage): Promise<CardBody> {
  const strings = t(lang);
  const { area } = await getHeadlineFigures(lang);
  const figure: CardFigure | null =
    area.value === null ? null : { value: `${area.value} ${strings.hectares}`, label: strings.areaCleared, note: asOf(area.asOf, lang) };
  return { title: strings.homeTitle, figure, description: figure ? null : strings.siteTagline, source: figure ? await sourceOf(area.source, lang) : null };
}

/** A chart: the latest value it draws (src/lib/social/cardFigures.ts), with its series, the date of its row and its source. */
async function chartCard(id: string, lang: SiteLanguage): Promise<CardBody> {
  const chart = await getChartDefinition(id);
  const model = await getChartModel(id, lang);
  const { x } = chart.data;
  const picked = chartCardPoint(model, x.unit === 'value' && x.label !== 'date');
  const title = chart.data.title[lang];
  if (!picked) return { title, figure: null, description: chart.data.subtitle[lang], source: null };
  const dataset = (await getEntryById('datasets', chart.data.dataset)).data;
  const row = dataset.rows.find((candidate) => String(candidate[dataset.primaryKey]) === picked.point.rowKey);
  if (!row) throw new Error(`Chart "${id}": the row "${picked.point.rowKey}" it draws is not in dataset "${chart.data.dataset}"`);
  const date = row[chart.data.asOfField ?? x.field];
  const series = model.series[picked.series]!.label;
  return {
    title,
    figure: {
      value: picked.point.display,
      label: picked.categoryLabel === null ? series : `${series}: ${picked.categoryLabel}`,
      note: typeof date === 'string' ? asOf(date, lang) : null,
    },
    description: null,
    source: await sourceOf(row.source, lang),
  };
}

/** An article written in `lang`: the first figure it quotes with <Stat>, else its summary. */
async function articleCard(slug: string, lang: SiteLanguage): Promise<CardBody> {
  const page = (await getArticlePages(lang)).get(slug);
  if (!page?.translated) throw new Error(`There is no published article "${slug}" in content/news/${lang}/`);
  const { data, body = '' } = page.article;
  const reference = firstStatReference(body);
  if (!reference) return { title: data.title, figure: null, description: data.summary, source: null };
  const stat = await getStat(reference, lang);
  const dataset = (await getEntryById('datasets', reference.dataset)).data;
  const field = dataset.fields.find((candidate) => candidate.name === reference.field)!;
  return {
    title: data.title,
    figure: { value: stat.display, label: field.description[lang].split('. ')[0]!.replace(/\.$/, ''), note: dataset.title[lang] },
    description: null,
    source: await sourceOf(stat.source, lang),
  };
}

/** An event: its date and category, its summary and its first source. */
async function eventCard(id: string, lang: SiteLanguage): Promise<CardBody> {
  const { data } = await getEntryById('events', id);
  return {
    title: data.title[lang],
    figure: { value: formatPartialDate(data.date, lang), label: t(lang).categories[data.category], note: null },
    description: data.summary[lang],
    source: data.sources[0] ? await sourceOf(data.sources[0], lang) : null,
  };
}

/** A district: the latest area its page's table reports, with the period and source; else the page's "no figures" line. */
async function districtCard(id: string, lang: SiteLanguage): Promise<CardBody> {
  const strings = t(lang);
  const district = (await getDistrictsById()).get(id);
  if (!district) throw new Error(`There is no district "${id}" in content/places/`);
  const report = latestDistrictArea(await getDataset<ClearanceReport>('clearance-reports'), id, lang);
  const title = district.data.name[lang];
  if (!report) return { title, figure: null, description: strings.noDistrictFigures, source: null };
  return {
    title,
    figure: {
      value: report.area,
      label: strings.areaColumn,
      note: `${formatPartialDate(report.periodStart, lang)} – ${formatPartialDate(report.periodEnd, lang)}`,
    },
    description: null,
    source: await sourceOf(report.source, lang),
  };
}

/** A dataset: how many rows it has and its version (what its page's first lines say), and its description. */
async function datasetCard(id: string, lang: SiteLanguage): Promise<CardBody> {
  const strings = t(lang);
  const dataset = (await getPublishedData()).datasets.find((candidate) => candidate.id === id);
  if (!dataset) throw new Error(`There is no dataset "${id}" in content/datasets/`);
  const { data } = dataset.entry;
  return {
    title: data.title[lang],
    figure: { value: formatNumber(dataset.rows.length, lang), label: strings.rowsCount, note: `${strings.version} ${data.version}` },
    description: data.description[lang],
    source: null,
  };
}
