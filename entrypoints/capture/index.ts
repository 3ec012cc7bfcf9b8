import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractWith } from '@/utils/extract/run';
import { handOver } from '@/utils/extract/paused-run';
import { shareModules } from '@/utils/extract/shared-modules';

// Injected on demand (activeTab + scripting.executeScript), never declared for every page.
// It only reads the page and returns plain data: the database lives in the extension's origin.
// The capture steps only (structured data, the header under the title, the site rule): it answers
// `{ needs }` with the part that goes on (the generic reader's script, or the finishing steps when
// the reader could change nothing), and the background injects that script next.
// An unlisted script, not a WXT content script: WXT's content-script context cost ~10 ms per script
// on every click, and it posted a message with the extension's id into the page.
export default defineUnlistedScript({
  main() {
    // First: the scripts injected after this one read these modules instead of bundling them again.
    shareModules();
    return handOver(extractWith(document, location.href, { reader: 'later', readability: 'later', finish: 'later' }));
  },
});
