import { defineConfig } from 'wxt';
import { localeFiles } from './locales/merge.mjs';
import { vendorPatches } from './scripts/vendor-patches.mjs';

// Manifest permissions, each explained in README.md ("Permissions and privacy").
// No host_permissions, ever: the page is reached only through activeTab on a click.
// The toolbar button's tooltip is the popup's <title> (WXT reads it from entrypoints/popup/index.html).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // PITH_OUT_DIR lets parallel work build to separate folders; tests read the same variable (tests/e2e/harness.mjs).
  outDir: process.env.PITH_OUT_DIR || '.output',
  // Readability and DOMPurify build nodes instead of assigning innerHTML (see scripts/vendor-patches.mjs).
  vite: () => ({ plugins: [vendorPatches()] }),
  // UI texts: locales/<lang>/<area>.json merged into _locales/<lang>/messages.json (see locales/merge.mjs).
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
  },
  zip: {
    // The sources zip (AMO review) holds what builds the extension: no tests, fixtures, bench or build output.
    excludeSources: ['tests/**', 'test-results/**', 'bench/**', 'bench-results/**', 'dist/**', 'vitest.config.ts'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Open Pith library" on the toolbar button, "Save link to Pith" on links (Firefox accepts this
    // name for its `menus` API). unlimitedStorage: a library of thousands of articles outgrows storage.local's 10 MB.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    // A keyboard shortcut for the toolbar button (listed in the popup; the reader can change it in the browser).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+E' } },
      // Saves the current tab's article without opening the popup (the shortcut grants activeTab; see lib/actions.ts).
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_backgroundCommandSavePage__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pith@pith-reader.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
