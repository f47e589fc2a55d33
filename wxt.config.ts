import { defineConfig } from 'wxt';

// Manifest permissions, each explained in README.md ("Permissions and privacy").
// No host_permissions, ever: the page is reached only through activeTab on a click.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    excludeSources: ['tests/**', 'test-results/**', 'bench-results/**', 'vitest.config.ts'],
  },
  manifest: ({ browser }) => ({
    name: 'Pith',
    description:
      'One click from an article to its clean text, key figures and related posts. Save and export, offline and private.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Read this page with Pith' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pith@pith-reader.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
