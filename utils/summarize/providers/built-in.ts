import { BUILT_IN_ENGINE, summarize } from '../index';
import type { SummaryProvider } from './types';

/** The built-in summarizer behind the provider interface: always available, never fails. */
export const builtInProvider: SummaryProvider = {
  id: BUILT_IN_ENGINE,
  availability: () => Promise.resolve('available'),
  summarize: (posting) => {
    const summary = summarize(posting);
    return Promise.resolve({
      ok: true,
      engine: BUILT_IN_ENGINE,
      summary: {
        tldr: summary.tldr || posting.title,
        responsibilities: summary.responsibilities,
        requirements: summary.requirements,
        preferred: summary.preferred,
        benefits: summary.benefits,
      },
    });
  },
};
