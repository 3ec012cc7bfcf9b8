import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FINISHING_STEPS } from '@/utils/extract/finishing-steps';
import { genericReader } from '@/utils/extract/generic/reader';
import { resumeWith } from '@/utils/extract/paused-run';

// Injected only after the capture script said the page needs the generic reader (no structured
// data or site rule gave every field it reads): resumes that run where it stopped, with the
// finishing steps (the capture script does not bundle them).
export default defineUnlistedScript({
  main() {
    return resumeWith({ reader: genericReader, finish: FINISHING_STEPS });
  },
});
