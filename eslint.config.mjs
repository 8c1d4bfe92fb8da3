// Flat config: typescript-eslint's recommended rules on all TypeScript sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.cache/', '.vscode-test/', 'media/', 'src/core/schema/validators.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Build, setup and test-runner scripts are plain Node ES modules.
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code evaluated inside the workbench page by Playwright.
    files: ['test/runner/**/*.mjs', 'test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Mocha suites written as plain ES modules.
    files: ['test/**/*.mjs'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    // The engine must run without an editor: the CLI and plain mocha use it.
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
  },
  {
    // The extension and the CLI enter the engine through its front door, src/core/index.ts.
    // The evidence worker is a bundle of its own (rule below).
    files: ['src/extension/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/extension/evidence/worker.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*'], message: 'Import the engine from src/core (index.ts), its one entry.' }] }] },
  },
  {
    // The evidence worker thread is a bundle of its own: only the evidence reader and file names, not the whole engine.
    files: ['src/extension/evidence/worker.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '/core(?!/evidence$|/files/locations$)(/|$)', message: 'The worker takes only core/evidence and core/files/locations.' }] }] },
  },
  {
    // Tests do not lean on the benchmark: what both use lives in test/fixtures.
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/bench/*'], message: 'Shared generators live in test/fixtures/generated.' }] }] },
  },
);
