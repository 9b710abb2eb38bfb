// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', '.tools/', 'binder/', 'bundle/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      // Node scripts also hand functions to page.evaluate(), which run in the browser.
      globals: Object.fromEntries(
        ['process', 'console', 'fetch', 'URL', 'setTimeout', 'clearTimeout', 'performance', 'document', 'window', 'InputEvent', 'MutationObserver'].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    // Plain JavaScript config and scripts are checked by the recommended rules only; they have no types to lean on.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
