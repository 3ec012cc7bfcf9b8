import { defineContentScript } from 'wxt/utils/define-content-script';
import { extract } from '@/utils/extract';
import { readDescription } from '@/utils/extract/generic/readability';

// Injected only after the capture script found a posting without a description: Readability is
// large, and most postings carry their description in structured data or a site rule.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extract(document, location.href, { readability: readDescription });
  },
});
