import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractWith } from '@/utils/extract/run';
import { handOver } from '@/utils/extract/paused-run';
import { shareModules } from '@/utils/extract/shared-modules';

// Injected on demand (activeTab + scripting.executeScript), never declared for every page.
// It only reads the page and returns plain data: the database lives in the extension's origin.
// The capture steps only (structured data, the header under the title, the site rule): it answers
// `{ needs }` with the part that goes on (the generic reader's script, or the finishing steps when
// the reader could change nothing), and the background injects that script next.
export default defineContentScript({
  registration: 'runtime',
  main() {
    // First: the scripts injected after this one read these modules instead of bundling them again.
    shareModules();
    return handOver(extractWith(document, location.href, { reader: 'later', readability: 'later', finish: 'later' }));
  },
});
