/** An outlet's page → the article's text, title and date, with Readability over linkedom (no browser, no network). */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedPage {
  title: string | null;
  text: string;
  published: string | null;
  language: string | null;
}

export function extractArticle(html: string): ExtractedPage {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
  const dated =
    meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const lang = document.documentElement.getAttribute('lang')?.slice(0, 2).toLowerCase() ?? null;
  const article = new Readability(document as unknown as Document).parse();
  const text = (article?.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { title: article?.title ?? null, text, published: dated && /^\d{4}-\d{2}-\d{2}/.test(dated) ? dated.slice(0, 10) : null, language: lang };
}
