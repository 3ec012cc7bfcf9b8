import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readTabOnce } from './popup/read-tab';

// The popup's first script: a classic one in <head>, so it runs while the page is still being
// parsed, before the module graph and the stylesheets of the UI load. It asks the background to
// read the tab at once; the UI (main.tsx) picks up the same reading instead of asking again.
export default defineUnlistedScript(() => {
  void readTabOnce();
});
