import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MatchReason } from '@/components/MatchReason';
import { Notice } from '@/components/Notice';
import { PostingHeader } from '@/components/PostingHeader';
import { SummaryPanel } from '@/components/SummaryPanel';
import { postingChips } from '@/utils/posting-chips';
import type { Summary } from '@/utils/schema/summary';
import { EMPTY_SUMMARY, factPillsBesideTldr } from '@/utils/summary-view';
import { makePosting } from '../posting-factory';
import { markupText } from './markup-text';

const text = markupText;

describe('MatchReason', () => {
  const missing = ['Kubernetes', 'Go', 'Terraform', 'Helm', 'Istio'];

  it('turns the "+N" of missing must-haves into a button that opens the rest in place', () => {
    const html = renderToStaticMarkup(
      <MatchReason
        reason="1 of 6 must-have skills; missing: Kubernetes, Go, Terraform +2; not your work mode"
        missing={missing}
        className="match-line"
        testId="match-reason"
      />,
    );
    expect(html).toMatch(
      /<button type="button" class="link-button inline-more" aria-expanded="false" aria-controls="[^"]+"/,
    );
    expect(text(html)).toBe(
      '1 of 6 must-have skills; missing: Kubernetes, Go, Terraform +2 more missing skills ; not your work mode',
    );
    // Closed, the two left out are not in the page yet; the button controls where they go.
    expect(html).not.toContain('Helm');
  });

  it('leaves a reason that names every missing skill as plain text', () => {
    const html = renderToStaticMarkup(
      <MatchReason
        reason="3 of 5 must-have skills; missing: Kubernetes, Go"
        missing={['Kubernetes', 'Go']}
        className="match-line"
        testId="match-reason"
      />,
    );
    expect(html).not.toContain('<button');
    expect(text(html)).toBe('3 of 5 must-have skills; missing: Kubernetes, Go');
  });
});

describe('the summary skills', () => {
  const summary = (count: number): Summary => ({
    ...EMPTY_SUMMARY,
    skills: Array.from({ length: count }, (_, index) => ({
      name: `Skill ${index + 1}`,
      score: 20 - index,
      required: index % 3 !== 2,
    })),
  });

  it('say which are must-haves in words, not by colour alone', () => {
    const html = renderToStaticMarkup(<SummaryPanel summary={summary(3)} hideTop />);
    expect(text(html)).toContain('Skill 1 (must-have) Skill 2 (must-have) Skill 3 (nice to have)');
    expect(html).toContain('class="pill pill-optional"');
    expect(text(html)).toContain('Filled: must-have · outlined: nice to have');
  });

  it('past ten, end with a "+N more" button instead of dropping the rest', () => {
    const html = renderToStaticMarkup(<SummaryPanel summary={summary(13)} hideTop />);
    expect(text(html)).toContain('Skill 10');
    expect(text(html)).not.toContain('Skill 11');
    expect(html).toMatch(/aria-expanded="false" aria-controls="[^"]+">\+3 more<\/button>/);
  });
});

describe('the popup header', () => {
  it('shows the first place and a "+N more" button for the others', () => {
    const posting = makePosting({ locations: ['Lisbon, Portugal', 'Porto, Portugal', 'Remote'] });
    const html = renderToStaticMarkup(
      <PostingHeader posting={posting} chips={postingChips(posting, null, Date.now())} />,
    );
    expect(text(html)).toContain('Lisbon, Portugal +2 more places');
    expect(html).toMatch(/aria-expanded="false"[^>]*data-testid="more-places"/);
  });
});

describe('Notice', () => {
  it('is the h1 where it is all the popup shows', () => {
    expect(
      renderToStaticMarkup(<Notice tone="bad" title="Jobshelf could not read this page" headingLevel={1} />),
    ).toContain('<h1 class="notice-title">Jobshelf could not read this page</h1>');
  });
});

describe('the years and education beside the TL;DR', () => {
  const base = { ...EMPTY_SUMMARY, yearsExperience: { min: 3, max: null }, education: 'PhD' };

  it('show once: no "3+ years" pill under a TL;DR that says "3+ yrs"', () => {
    const html = renderToStaticMarkup(<SummaryPanel summary={{ ...base, tldr: '3+ yrs · must: Go, SQL · PhD' }} />);
    expect(text(html).match(/3\+ (yrs|years)/g)).toEqual(['3+ yrs']);
    expect(html).not.toContain('data-testid="summary-facts"');
  });

  it("show as pills when the TL;DR (an AI engine's, say) leaves them out", () => {
    const html = renderToStaticMarkup(<SummaryPanel summary={{ ...base, tldr: 'Builds payment systems.' }} hideTop />);
    expect(text(html)).toContain('3+ years PhD');
  });

  it('tell "2–4 yrs" apart from "12–4 years" and other numbers', () => {
    expect(
      factPillsBesideTldr({ tldr: '2–4 yrs · must: Go', yearsExperience: { min: 2, max: 4 }, education: null }),
    ).toEqual([]);
    expect(factPillsBesideTldr({ tldr: '12+ yrs', yearsExperience: { min: 2, max: null }, education: null })).toEqual([
      '2+ years',
    ]);
  });
});

describe('the summary under the first screen', () => {
  it('is left out when it has nothing the first screen does not show (no box with only the engine)', () => {
    expect(renderToStaticMarkup(<SummaryPanel summary={{ ...EMPTY_SUMMARY, tldr: 'Senior' }} hideTop />)).toBe('');
  });

  it('says the built-in summary was made on the device, in plain words', () => {
    const html = renderToStaticMarkup(<SummaryPanel summary={{ ...EMPTY_SUMMARY, requirements: ['Go'] }} hideTop />);
    expect(text(html)).toContain('Summarized on your device');
    expect(text(html)).not.toContain('built-in');
  });
});
