import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FINISHING_STEPS } from '@/utils/extract/finishing-steps';
import { resumeWith } from '@/utils/extract/paused-run';

// Injected when the capture script found that the generic reader could change nothing (structured
// data or the site rule gave every field it reads, or the page is a list): the finishing steps
// (merge, description, detection…) resume that run. The reader's script brings them too.
export default defineUnlistedScript({
  main() {
    return resumeWith({ finish: FINISHING_STEPS });
  },
});
