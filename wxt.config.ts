import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See DESIGN.md §2 for why each permission is here; README.md explains them to users.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    // scripting: inject the reader into a tab only when asked; storage: reader settings and
    // per-tab detector results. Host access to http(s) pages is what the on-every-page detector
    // already implies (same install warning); it also lets the reader open from the command and
    // the popup without a fresh activeTab grant.
    permissions: ['scripting', 'storage'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // Extension pages (popup, library) run only their own bundled scripts: no inline or remote
    // code, no plugins, no <base> or form tricks. WXT writes the MV2 string form for Firefox.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    // The detector (entrypoints/detector.ts) is an unlisted script so it ships without WXT's
    // content-script runtime: it must cost next to nothing on every page.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' }],
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveArticle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jeongdok@jeongdok.example',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
