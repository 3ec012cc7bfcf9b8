/** The work mode read from a posting's text after the page's part of the run (background and extract()). */
import { describe, expect, it } from 'vitest';
import { finishFromText } from '@/utils/extract/text-finish';
import type { Extraction } from '@/utils/schema/posting';
import { blankPosting, makePosting } from '../posting-factory';

const read = (posting: Extraction['posting']): Extraction => ({
  isJobPosting: true,
  verdict: 'posting',
  confidence: 0.9,
  reasons: [],
  posting,
  elapsedMs: 12,
});

describe('finishFromText', () => {
  it('reads the work mode the text states, with the description as its source', () => {
    const posting = blankPosting({
      descriptionText: 'This is a hybrid role: two days a week in our Leeds office.',
      source: 'labels',
      provenance: { title: 'labels', company: 'labels' },
    });
    const finished = finishFromText(read(posting));
    expect(finished.posting?.workMode).toBe('hybrid');
    expect(finished.posting?.provenance.workMode).toBe('description');
    expect(finished.elapsedMs).toBe(12);
  });

  it('keeps a work mode the page gave, and a text that states none changes nothing', () => {
    const own = read(makePosting({ workMode: 'onsite', descriptionText: 'This is a fully remote role.' }));
    expect(finishFromText(own)).toBe(own);
    const silent = read(blankPosting({ descriptionText: 'You will build reports for the finance team.' }));
    expect(finishFromText(silent)).toBe(silent);
    const none = read(null);
    expect(finishFromText(none)).toBe(none);
  });

  it('counts the new source when it names the posting’s main source', () => {
    const posting = blankPosting({
      title: 'Support Agent (Remote)',
      source: 'labels',
      provenance: { title: 'labels', company: 'description', salary: 'description' },
    });
    const finished = finishFromText(read(posting));
    expect(finished.posting?.workMode).toBe('remote');
    expect(finished.posting?.source).toBe('description');
  });
});
