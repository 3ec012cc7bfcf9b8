import { describe, expect, it } from 'vitest';
import { postingChips } from '@/utils/posting-chips';
import { resolvedPosting } from '@/utils/posting-resolved';
import type { Salary } from '@/utils/schema/posting';
import { EMPTY_SUMMARY } from '@/utils/summary-view';
import { matchFacts } from '@/utils/jobs-view/profile';
import { blankPosting } from '../posting-factory';

const textSalary: Salary = { min: 70000, max: 80000, currency: 'EUR', period: 'year', text: '€70,000–€80,000 a year' };
const summary = {
  ...EMPTY_SUMMARY,
  workMode: 'onsite' as const,
  facts: {
    officeDays: null,
    travel: null,
    visaSponsorship: null,
    clearance: null,
    seniority: null,
    salary: textSalary,
    salaryFromText: true,
  },
};

describe('one resolved work mode and salary for every view', () => {
  it('fills what the page did not state from the description, marked as read from the text', () => {
    const posting = resolvedPosting(blankPosting({ title: 'Welder' }), summary);
    expect(posting.workMode).toBe('onsite');
    expect(posting.salary).toEqual(textSalary);
    expect(posting.provenance).toMatchObject({ workMode: 'text', salary: 'text' });
    // The popup's header chips and the match read the same value.
    expect(postingChips(posting, null, Date.now()).map((chip) => chip.text)).toContain('On-site');
    expect(matchFacts(blankPosting({ title: 'Welder' }), summary).workMode).toBe('onsite');
  });

  it("keeps the page's own values and the user's edits, a cleared one too", () => {
    const own = blankPosting({ title: 'Welder', workMode: 'hybrid', provenance: { workMode: 'json-ld' } });
    expect(resolvedPosting(own, summary).workMode).toBe('hybrid');
    const cleared = blankPosting({ title: 'Welder', workMode: null, provenance: { workMode: 'user', salary: 'user' } });
    expect(resolvedPosting(cleared, summary)).toBe(cleared);
    expect(resolvedPosting(blankPosting({ title: 'Welder' }), null).workMode).toBeNull();
  });
});
