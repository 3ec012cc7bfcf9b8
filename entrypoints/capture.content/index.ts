import { defineContentScript } from 'wxt/utils/define-content-script';
import { extract } from '@/utils/extract';

// Injected on demand (activeTab + scripting.executeScript), never declared for every page.
// It only reads the page and returns plain data: the database lives in the extension's origin.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extract(document, location.href);
  },
});
