// ESLint (flat config) for the soku web app: typescript-eslint (type-aware), the rules of hooks,
// and the import boundaries of docs/ARCHITECTURE.md ("Web app"):
//
//   shared  (src/components, src/lib, src/i18n, src/types)  — imports only shared
//   feature (src/features/<name>)                            — shared and its own folder
//   app     (src/app)                                        — features and shared
//
// so shared never imports a feature or the app, a feature never imports another feature or the
// app. Tests (*.test.ts[x]) and the test kit (src/test) render the assembled app and may import
// anything; no production file may import them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

const SHARED = ['components', 'lib', 'i18n', 'types'];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'reports/**', '.stryker-tmp/**', 'playwright-report/**', 'test-results/**', 'src/types/api.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `void promise` marks a deliberately unawaited promise (event handlers); keep that idiom.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Event handlers get async functions: React ignores the returned promise by design.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Props and hook results declare callbacks with method syntax and are destructured; none uses `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/include': ['src/**/*'],
      // the entry point imports the app and shared code; nothing imports it
      'boundaries/ignore': ['src/main.tsx', 'src/vite-env.d.ts'],
      'boundaries/elements': [
        { type: 'testkit', pattern: 'src/test', partialMatch: false },
        { type: 'app', pattern: 'src/app', partialMatch: false },
        { type: 'feature', pattern: 'src/features/*', partialMatch: false, capture: ['feature'] },
        { type: 'shared', pattern: SHARED.map((d) => `src/${d}`), partialMatch: false },
      ],
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Forms copy a restored draft or a loaded record into their state once, in an effect; the
      // form kit of issue 7 replaces these effects (then turn this back on).
      'react-hooks/set-state-in-effect': 'off',
      // A file outside the layers above is an error: every file belongs to one layer.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            // tests and the test kit render the assembled app
            { from: { file: { categories: 'test' } }, allow: { to: { element: { types: { anyOf: ['testkit', 'app', 'feature', 'shared'] } } } } },
            { from: { element: { type: 'testkit' } }, allow: { to: { element: { types: { anyOf: ['testkit', 'app', 'feature', 'shared'] } } } } },
            { from: { element: { type: 'app' } }, allow: { to: { element: { types: { anyOf: ['app', 'feature', 'shared'] } } } } },
            { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
            { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'shared' } } } },
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
            },
            // packages (react, suomifi-ui-components, …) are not layers
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
          ],
        },
      ],
    },
  },
  {
    // Build and test-runner configs run in Node, outside the layers.
    files: ['*.{js,mjs,ts}', 'e2e/**/*.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // plain JavaScript, outside every tsconfig
  { files: ['eslint.config.js', '*.mjs', 'scripts/**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
