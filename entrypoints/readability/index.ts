import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { resumeWith } from '@/utils/extract/paused-run';
import { readDescription } from '@/utils/extract/generic/readability';

// Injected only when the run found a posting without a description: Readability is large, and most
// postings carry their description in structured data, a site rule or a container we find ourselves.
export default defineUnlistedScript({
  main() {
    return resumeWith({ readability: readDescription });
  },
});
