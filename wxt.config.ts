import { defineConfig } from 'wxt';

// `npm run build:e2e` builds with `--mode e2e`: the same extension plus host access to 127.0.0.1,
// because Playwright cannot click the toolbar button that grants `activeTab`.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ mode }) => ({
    name: 'Jobshelf — job posting saver & tracker',
    short_name: 'Jobshelf',
    description:
      'Read any job posting, see a summary in seconds, save it and track your application. Private: everything stays in your browser.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      'notifications',
    ],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Asked for only when the user turns on "check whether saved postings closed" in settings.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'save-job': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the job posting in this tab',
      },
    },
  }),
});
