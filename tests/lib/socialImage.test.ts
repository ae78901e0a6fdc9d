import { describe, expect, it } from 'vitest';
import { socialImageUrl } from '../../src/lib/socialImage.ts';

describe('socialImageUrl', () => {
  it('is an absolute address on the site', () => {
    expect(socialImageUrl('/news/a/', 'https://portal.example')).toMatch(/^https:\/\/portal\.example\/.+/);
  });
});
