import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractWith } from '@/utils/extract/run';
import { handOver } from '@/utils/extract/paused-run';

// Injected on demand (activeTab + scripting.executeScript), never declared for every page.
// It only reads the page and returns plain data: the database lives in the extension's origin.
// The common path only (site rules, structured data, heuristics, detection): a page that needs the
// generic reader or Readability gets `{ needs }` back, and the background injects that script next.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return handOver(extractWith(document, location.href, { reader: 'later', readability: 'later' }));
  },
});
