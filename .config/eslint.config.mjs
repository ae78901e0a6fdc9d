// ESLint for src/, scripts/ and tests/ (run by `npm run lint`, part of `npm test`, with zero warnings allowed).
// Besides the recommended TypeScript and Astro rules it keeps the layout's boundaries:
// - collections are read only in src/data/ (and wired in src/content.config.ts);
// - src/lib/ is pure: no DOM globals, no `astro:` modules, nothing from src/client/ or src/data/;
// - components and pages never import browser modules from src/client/ (they load them through <script>);
// - no raw colour in a string of src/ (hex, rgb()/hsl()/oklch()…, or a colour name): colours are tokens, written only in
//   src/styles/tokens.css; code names a token (`--map-bin-1`) and the browser resolves it (stylelint checks the CSS).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

const restrictImports = (patterns) => ['error', { patterns }];
const ASTRO_CONTENT = { group: ['astro:content'], allowTypeImports: true, message: 'Read collections through src/data/ (getEntries, getDataset…).' };
const CLIENT = { group: ['**/client/*'], message: 'Components load browser modules with a <script> tag, never by import.' };

// A hex colour (#fff, #ffffff, with or without alpha) that is not part of a longer word or an HTML entity (&#39;).
const HEX = '(?<![&\\w])#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})(?![\\w-])';
const COLOUR_FUNCTION = '\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(';
// CSS's named colours, as a whole string (`'white'`); transparent and currentColor are not colours of their own.
const NAMED_COLOURS = `
  aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue
  chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey
  darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray
  darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen
  fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
  lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
  lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
  limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
  mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
  olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
  powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver
  skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen`
  .trim()
  .split(/\s+/);
const NAMED = `^(?:${NAMED_COLOURS.join('|')})$`;
const RAW_COLOUR_MESSAGE = 'Raw colour: name a token from src/styles/tokens.css (the only place colours are written) and resolve it where it is drawn.';
const rawColours = [
  ...[HEX, COLOUR_FUNCTION].flatMap((pattern) => [`Literal[value=/${pattern}/]`, `TemplateElement[value.raw=/${pattern}/]`]),
  `Literal[value=/${NAMED}/i]`,
].map((selector) => ({ selector, message: RAW_COLOUR_MESSAGE }));

export default tseslint.config(
  { ignores: ['dist/**', '.astro/**', 'node_modules/**', '.build-*/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: ['src/client/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['src/**/*.{ts,astro}'],
    ignores: ['src/data/**', 'src/content.config.ts'],
    rules: { 'no-restricted-imports': restrictImports([ASTRO_CONTENT]) },
  },
  { files: ['src/**/*.{ts,astro}'], rules: { 'no-restricted-syntax': ['error', ...rawColours] } },
  {
    // The component's front matter; its <script> blocks (linted as `*.astro/*.ts`) are where browser modules load.
    files: ['src/components/**', 'src/pages/**', 'src/layouts/**'],
    ignores: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    rules: { 'no-restricted-imports': restrictImports([ASTRO_CONTENT, CLIENT]) },
  },
  // Tests edit JSON fixtures of any shape in place.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    // Unit tests use small synthetic fixtures; what reads the real content belongs in tests/content/.
    files: ['tests/lib/**', 'tests/schemas/**'],
    rules: {
      'no-restricted-imports': restrictImports([
        { group: ['**/helpers/realContent*'], message: 'Unit tests use synthetic fixtures: tests of the real content go in tests/content/.' },
      ]),
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': restrictImports([
        { group: ['astro:*'], message: 'src/lib/ is pure TypeScript: no astro: modules.' },
        { group: ['**/client/*', '**/data/*'], message: 'src/lib/ must not depend on browser modules or on src/data/.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'customElements'],
    },
  },
);
