import { describe, expect, it } from 'vitest';
import { matchFacts } from '@/utils/jobs-view/profile';
import { matchPostingKey } from '@/utils/match-posting-fields';
import type { PostingDraft } from '@/utils/schema/posting';
import { makePosting } from '../posting-factory';

const changed: { [K in keyof PostingDraft]?: PostingDraft[K] } = {
  workMode: 'remote',
  locations: ['Lisbon, Portugal'],
  salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year', text: '€50,000 – €60,000' },
  title: 'Staff Engineer',
  company: 'Other Co',
  employmentType: 'CONTRACT',
  validThrough: '2027-01-31',
};

describe('the posting fields a match weighs', () => {
  const base = makePosting();

  it('the popup re-asks for a match exactly when a field the matcher reads changes', () => {
    for (const [field, value] of Object.entries(changed)) {
      const edited = makePosting({ [field]: value });
      const factsChanged = JSON.stringify(matchFacts(edited, null)) !== JSON.stringify(matchFacts(base, null));
      const keyChanged = matchPostingKey(edited) !== matchPostingKey(base);
      expect({ field, keyChanged }).toEqual({ field, keyChanged: factsChanged });
    }
  });
});
