import type { ui } from './ui.ts';

/** Sections in the header, in order; a section is listed once its pages are built. */
export const NAV_SECTIONS: ReadonlyArray<{ key: keyof (typeof ui)['en']['nav']; path: string }> = [
  { key: 'home', path: '/' },
  { key: 'timeline', path: '/timeline/' },
  { key: 'charts', path: '/charts/' },
  { key: 'map', path: '/map/' },
  { key: 'data', path: '/data/' },
  { key: 'news', path: '/news/' },
  { key: 'about', path: '/about/' },
];
