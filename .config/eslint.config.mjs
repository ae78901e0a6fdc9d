// ESLint for src/, scripts/ and tests/ (run by `npm run lint`, part of `npm test`, with zero warnings allowed).
// Besides the recommended TypeScript and Astro rules it keeps the layout's boundaries:
// - collections are read only in src/data/ (and wired in src/content.config.ts);
// - src/lib/ is pure: no DOM globals, no `astro:` modules, nothing from src/client/ or src/data/;
// - components and pages never import browser modules from src/client/ (they load them through <script>).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

const restrictImports = (patterns) => ['error', { patterns }];
const ASTRO_CONTENT = { group: ['astro:content'], allowTypeImports: true, message: 'Read collections through src/data/ (getEntries, getDataset…).' };
const CLIENT = { group: ['**/client/*'], message: 'Components load browser modules with a <script> tag, never by import.' };

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
