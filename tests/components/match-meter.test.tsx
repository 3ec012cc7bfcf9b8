import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MatchMeter } from '@/components/MatchMeter';
import { JobMatchCard } from '@/components/dashboard/JobMatchCard';
import { matchTone } from '@/utils/match-checks';
import { SummaryPanel } from '@/components/SummaryPanel';
import type { Summary } from '@/utils/schema/summary';
import { EMPTY_SUMMARY } from '@/utils/summary-view';
import { markupText } from './markup-text';

const text = markupText;

describe('MatchMeter', () => {
  it("shows the summarizer's one-line reason and each check as met, not met or unknown", () => {
    const html = renderToStaticMarkup(
      <MatchMeter
        match={{
          score: 72,
          matchedRequired: ['Go'],
          missingRequired: ['Kubernetes'],
          matchedPreferred: [],
          reason: '7 of 9 must-have skills; missing: Kubernetes, Go',
          checks: [
            { kind: 'years', status: 'met', label: '5+ years (you: 6)' },
            { kind: 'salary', status: 'unknown', label: 'Salary not stated' },
            { kind: 'workMode', status: 'unmet', label: 'On-site (you want remote)' },
          ],
        }}
      />,
    );
    expect(text(html)).toContain('72% match 7 of 9 must-have skills; missing: Kubernetes, Go');
    expect(text(html)).toContain('met: 5+ years (you: 6)');
    expect(text(html)).toContain('unknown: Salary not stated');
    expect(text(html)).toContain('not met: On-site (you want remote)');
  });

  it('does not list the skills check again under a reason that already says it', () => {
    const html = renderToStaticMarkup(
      <MatchMeter
        match={{
          score: 19,
          matchedRequired: ['C++', 'Python'],
          missingRequired: ['SQL'],
          matchedPreferred: [],
          reason: '2 of 10 must-have skills; missing: SQL',
          checks: [
            { kind: 'skills', status: 'unmet', label: '2 of 10 must-have skills' },
            { kind: 'years', status: 'met', label: '3+ years (you: 6)' },
          ],
        }}
      />,
    );
    expect(text(html).match(/2 of 10 must-have skills/g)).toHaveLength(1);
    expect(text(html)).toContain('met: 3+ years (you: 6)');
  });

  it('says each unmet preference once: in its check, not again in the reason line', () => {
    const html = renderToStaticMarkup(
      <MatchMeter
        match={{
          score: 0,
          matchedRequired: ['Go'],
          missingRequired: ['SQL', 'Rust'],
          matchedPreferred: [],
          reason: '1 of 3 must-have skills; missing: SQL, Rust; more years than you have; not your work mode',
          checks: [
            { kind: 'skills', status: 'unmet', label: '1 of 3 must-have skills' },
            { kind: 'years', status: 'unmet', label: 'Asks 6+ years; you have 4' },
            { kind: 'workMode', status: 'unmet', label: 'Hybrid; you want remote' },
          ],
        }}
      />,
    );
    expect(text(html)).toContain('0% match 1 of 3 must-have skills; missing: SQL, Rust ✗ not met: Asks 6+ years');
    expect(text(html)).not.toContain('not your work mode');
    expect(text(html)).toContain('not met: Hybrid; you want remote');
  });

  it('keeps a reason with no skills part whole', () => {
    const html = renderToStaticMarkup(
      <MatchMeter
        match={{
          score: 50,
          matchedRequired: [],
          missingRequired: [],
          matchedPreferred: [],
          reason: 'not your work mode',
          checks: [{ kind: 'workMode', status: 'unmet', label: 'Hybrid; you want remote' }],
        }}
      />,
    );
    expect(text(html)).toContain('50% match not your work mode ✗ not met: Hybrid; you want remote');
  });

  it('writes the reason itself from the skills when the summarizer gave none', () => {
    const html = renderToStaticMarkup(
      <MatchMeter
        match={{ score: 50, matchedRequired: ['SQL'], missingRequired: ['Python', 'dbt'], matchedPreferred: [] }}
      />,
    );
    expect(text(html)).toContain('1 of 3 must-have skills; missing: Python, dbt');
  });
});

describe('SummaryPanel', () => {
  it('"+N more" is a button that says what it controls, with h2 sections under the popup\'s h1', () => {
    const summary: Summary = { ...EMPTY_SUMMARY, tldr: 'Senior role', requirements: ['a', 'b', 'c', 'd', 'e', 'f'] };
    const html = renderToStaticMarkup(<SummaryPanel summary={summary} headingLevel={2} hideTop />);
    expect(html).toMatch(/<h2>Must-haves<\/h2>/);
    expect(html).toMatch(
      /<button type="button" class="link-button summary-more" aria-expanded="false" aria-controls="[^"]+">\+2 more<\/button>/,
    );
    expect(html).not.toContain('Senior role');
  });
});

describe('matchTone', () => {
  it('gives one tone per score at the same marks everywhere (meter, job card, header chip)', () => {
    expect([0, 39.9, 40, 69.9, 70, 100].map(matchTone)).toEqual(['bad', 'bad', 'warn', 'warn', 'good', 'good']);
    const match = { score: 38, matchedRequired: [], missingRequired: [], matchedPreferred: [], reason: '' };
    expect(renderToStaticMarkup(<MatchMeter match={match} />)).toContain('match match-bad');
    expect(renderToStaticMarkup(<JobMatchCard match={match} settingsHref="#" titleSkills={[]} />)).toContain(
      'job-match-bad',
    );
  });
});
