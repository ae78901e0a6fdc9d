import { describe, expect, it } from 'vitest';
import { FRONT_MATTER_ORDER, parseArticle, splitFrontMatter, writeArticle } from '../../src/lib/frontMatter.ts';
import { newsSchema } from '../../src/schemas/news.ts';

const article = `---
title: "Maps handed over: what was said"
date: 2021-06-12
summary: Azerbaijan received maps of 97,000 mines.
lang: en
districts: [aghdam]
tags: []
sources: [trend-2021-06-12, apa-2021-06-12]
draft: false
---

Body with <Stat dataset="d" row="r" field="f" /> and \\{braces\\}.
`;

describe('article front matter', () => {
  it('reads the fields and the body, without the blank line after the front matter', () => {
    const fields = parseArticle(article);
    expect(fields).toEqual({
      title: 'Maps handed over: what was said',
      date: '2021-06-12',
      summary: 'Azerbaijan received maps of 97,000 mines.',
      lang: 'en',
      districts: ['aghdam'],
      tags: [],
      sources: ['trend-2021-06-12', 'apa-2021-06-12'],
      draft: false,
      body: 'Body with <Stat dataset="d" row="r" field="f" /> and \\{braces\\}.\n',
    });
  });

  it('writes the file back byte for byte, and a changed field changes its line only', () => {
    expect(writeArticle(parseArticle(article))).toBe(article);
    expect(writeArticle({ ...parseArticle(article), draft: true })).toBe(article.replace('draft: false', 'draft: true'));
  });

  it('writes keys in schema order and quotes only text YAML would misread', () => {
    expect(writeArticle({ body: 'Text.\n', draft: true, lang: 'az', title: 'Yes: no', date: '2026-12-01', summary: '#1 result' })).toBe(
      '---\ntitle: "Yes: no"\ndate: 2026-12-01\nsummary: "#1 result"\nlang: az\ndraft: true\n---\n\nText.\n',
    );
  });

  it('splits front matter from the body byte for byte, with CRLF lines too, and says when there is none', () => {
    expect(splitFrontMatter('---\ntitle: A\n---\n\nBody.\n')).toEqual({ yaml: 'title: A', body: '\nBody.\n' });
    expect(splitFrontMatter('---\r\ntitle: A\r\n---\r\nBody.\r\n')).toEqual({ yaml: 'title: A', body: 'Body.\r\n' });
    expect(splitFrontMatter('---\ntitle: A\n---')).toEqual({ yaml: 'title: A', body: '' });
    expect(splitFrontMatter('title: A\n---\nBody.')).toBeNull();
    expect(splitFrontMatter('---\ntitle: A\n---more\n')).toBeNull();
  });

  it('orders the keys as the news schema declares them', () => {
    expect([...FRONT_MATTER_ORDER]).toEqual(Object.keys(newsSchema.shape));
  });
});
