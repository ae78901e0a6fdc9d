import { describe, expect, it } from 'vitest';
import { publisherName, type PublisherPhrases } from '../../../src/lib/sources/publisherName.ts';

const phrases: PublisherPhrases = {
  credits: {
    citing: '{outlet} <cites {other}>',
    republishing: '{outlet} <copies {other}>',
    repostedBy: '{outlet} <reposted at {other}>',
    via: '{outlet} <through {other}>',
    reportedBy: '{outlet} <told by {other}>',
    repost: '{outlet} <copy>',
    mirror: '{outlet} <mirror>',
    edition: '{outlet} <in {other}>',
    wikipediaMirror: 'W-mirror <{other}>',
  },
  languages: { ru: 'RU', az: 'AZ' },
};

describe('publisherName', () => {
  it('rewrites each credit phrase with the templates', () => {
    expect(publisherName('Outlet A (citing Outlet B)', phrases)).toBe('Outlet A <cites Outlet B>');
    expect(publisherName('A.az (republishing B)', phrases)).toBe('A.az <copies B>');
    expect(publisherName('A (reposted by b.com)', phrases)).toBe('A <reposted at b.com>');
    expect(publisherName('A (reprint on b.com)', phrases)).toBe('A <reposted at b.com>');
    expect(publisherName('A (via B)', phrases)).toBe('A <through B>');
    expect(publisherName('Body statement, via B.az', phrases)).toBe('Body statement <through B.az>');
    expect(publisherName('Agency via Relay', phrases)).toBe('Agency <through Relay>');
    expect(publisherName('A (reported by B)', phrases)).toBe('A <told by B>');
    expect(publisherName('a.com (repost)', phrases)).toBe('a.com <copy>');
    expect(publisherName('A (mirror copy)', phrases)).toBe('A <mirror>');
    expect(publisherName('Wikipedia mirror (x.net)', phrases)).toBe('W-mirror <x.net>');
  });
  it('names editions in the templates’ language', () => {
    expect(publisherName('A (Russian)', phrases)).toBe('A <in RU>');
    expect(publisherName('A (Azerbaijani edition)', phrases)).toBe('A <in AZ>');
    expect(publisherName('A (Russian service)', phrases)).toBe('A <in RU>');
  });
  it('reads credits nested one in another', () => {
    expect(publisherName('A (citing B), reposted by c.at', phrases)).toBe('A <cites B> <reposted at c.at>');
  });
  it('leaves a name without a credit as it is', () => {
    expect(publisherName('Monitor (ICBL)', phrases)).toBe('Monitor (ICBL)');
    expect(publisherName('Plain', phrases)).toBe('Plain');
  });
});
