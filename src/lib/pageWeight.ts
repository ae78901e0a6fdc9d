import { gzipSync } from 'node:zlib';

/** Gzipped bytes a page transfers, by kind of file. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Data files a page's scripts fetch, declared in `data-fetch` attributes (e.g. the map's GeoJSON). */
  data: number;
  total: number;
  files: string[];
}

/** Size of a file once gzipped (level 6, as web servers use). */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).byteLength;
}

const SCRIPT = /<script[^>]*\bsrc="([^"]+)"/g;
const STYLESHEET = /<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"|<link[^>]*\bhref="([^"]+)"[^>]*\brel="stylesheet"/g;
const PRELOAD = /<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
const DATA_FETCH = /\bdata-fetch="([^"]+)"/g;
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*[`'"](\.{1,2}\/[^`'"]+\.js)[`'"]/g;

/**
 * Everything a page transfers when read to the end: its HTML, stylesheets, scripts with every module they import
 * (dynamic imports included, since charts and maps load them once in view) and declared data files.
 * `read` returns a file of the built site by its absolute path ("/_astro/x.js").
 */
export function pageWeight(html: string, read: (path: string) => Uint8Array | string): PageWeight {
  const files = new Set<string>();
  const js = new Set<string>();
  const queue = [...html.matchAll(SCRIPT), ...html.matchAll(PRELOAD)].map((match) => match[1]!).filter((src) => src.startsWith('/'));
  while (queue.length) {
    const path = queue.shift()!;
    if (js.has(path)) continue;
    js.add(path);
    const text = read(path).toString();
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of text.matchAll(IMPORT)) queue.push(new URL(match[1]!, `http://site${folder}`).pathname);
  }
  const css = [...html.matchAll(STYLESHEET)].map((match) => (match[1] ?? match[2])!).filter((href) => href.startsWith('/'));
  const data = [...html.matchAll(DATA_FETCH)].map((match) => match[1]!).filter((href) => href.startsWith('/'));
  const sum = (paths: Iterable<string>) => [...paths].reduce((total, path) => (files.add(path), total + gzipSize(read(path))), 0);
  const weight = { html: gzipSize(html), css: sum(new Set(css)), js: sum(js), data: sum(new Set(data)) };
  return { ...weight, total: weight.html + weight.css + weight.js + weight.data, files: [...files] };
}
