import { describe, expect, it } from 'vitest';
import { articleDateModified } from '../../../src/lib/news/articleModified.ts';

const correction = (date: string, page: string) => ({ data: { date, page } });

describe('articleDateModified', () => {
  it("is the newest correction of the article's page, in either language's path", () => {
    const corrections = [correction('2025-03-01', '/news/a/'), correction('2025-05-02', '/az/news/a/'), correction('2025-09-09', '/news/b/')];
    expect(articleDateModified({ slug: 'a', date: '2025-01-10', lang: 'az' }, corrections)).toBe('2025-05-02');
    expect(articleDateModified({ slug: 'a', date: '2025-01-10', lang: 'en' }, corrections)).toBe('2025-03-01');
  });

  it('is the date of publication when nothing corrected the article', () => {
    expect(articleDateModified({ slug: 'c', date: '2025-01-10', lang: 'en' }, [correction('2025-09-09', '/news/b/')])).toBe('2025-01-10');
  });
});
