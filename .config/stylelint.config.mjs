// Stylelint for src/**/*.{css,astro} (run by `npm run lint`, zero warnings allowed). It keeps the house style's CSS rules:
// - raw colours (hex, named, rgb()/hsl()/oklch()…) are written only in src/styles/tokens.css; everything else uses tokens;
// - no !important: the cascade layers declared in src/styles/layers.css decide what wins (print comes last);
// - every .astro <style> block sits in one of those layers (house/styles-in-layers).
// A disable comment must say why (`-- reason`); one that disables nothing is an error too.
import stylesInLayers from './stylelint-styles-in-layers.mjs';

const TOKENS = 'use a custom property from src/styles/tokens.css, the only file where raw colours are written';

/** @type {import('stylelint').Config} */
export default {
  plugins: [stylesInLayers],
  reportDescriptionlessDisables: true,
  reportNeedlessDisables: true,
  reportInvalidScopeDisables: true,
  rules: {
    'color-no-hex': [true, { message: (hex) => `Unexpected hex colour "${hex}": ${TOKENS}` }],
    'color-named': ['never', { message: (name) => `Unexpected named colour "${name}": ${TOKENS}` }],
    'function-disallowed-list': [
      ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'],
      { message: (name) => `Unexpected colour function "${name}()": ${TOKENS}` },
    ],
    'declaration-no-important': [true, { message: 'Unexpected !important: put the rule in a later cascade layer (src/styles/layers.css) instead' }],
  },
  overrides: [
    {
      files: ['**/*.astro'],
      customSyntax: 'postcss-html',
      rules: { 'house/styles-in-layers': [true, { layers: ['components', 'print'] }] },
    },
    {
      // Paths here are relative to this file's folder (.config/).
      files: ['../src/styles/tokens.css'],
      rules: { 'color-no-hex': null, 'color-named': null, 'function-disallowed-list': null },
    },
  ],
};
