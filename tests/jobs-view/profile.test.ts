import { describe, expect, it } from 'vitest';
import { toJobView, withMatch } from '@/utils/jobs-view/job-view';
import { flattenProfile, hasMatchProfile, jobMatch, matchFacts } from '@/utils/jobs-view/profile';
import type { Profile } from '@/utils/schema/summary';
import { makeJob, makeSummary } from '../job-factory';

const skills: Profile = { skills: ['TypeScript', 'React'] };
const preferencesOnly: Profile = { skills: [], workModes: ['remote'], locations: ['Lisbon'], yearsExperience: 5 };

describe('hasMatchProfile (whether the popup asks for skills)', () => {
  it('is false for nothing set, true for skills, a résumé, or any one preference', () => {
    expect(hasMatchProfile(undefined)).toBe(false);
    expect(hasMatchProfile({ skills: [] })).toBe(false);
    expect(hasMatchProfile({ skills: [], resumeText: '   ' })).toBe(false);
    expect(hasMatchProfile(skills)).toBe(true);
    expect(hasMatchProfile({ skills: [], resumeText: 'Python developer' })).toBe(true);
    expect(hasMatchProfile({ skills: [], yearsExperience: 0 })).toBe(true);
    expect(hasMatchProfile({ skills: [], workModes: ['hybrid'] })).toBe(true);
    expect(hasMatchProfile({ skills: [], locations: ['Porto'] })).toBe(true);
    expect(hasMatchProfile({ skills: [], minimumSalary: { amount: 50_000, currency: 'EUR', period: 'year' } })).toBe(
      true,
    );
  });
});

describe('the jobs table weighs the same profile as the job page', () => {
  const onsiteInBerlin = makeJob(
    { summary: makeSummary(['TypeScript', 'React'], { yearsExperience: { min: 8, max: null } }) },
    { workMode: 'onsite', locations: ['Berlin, Germany'] },
  );

  it('keeps the preferences when it folds the résumé into the skills', () => {
    const flat = flattenProfile({ ...preferencesOnly, resumeText: 'I write TypeScript daily.' });
    expect(flat).toMatchObject({ workModes: ['remote'], locations: ['Lisbon'], yearsExperience: 5 });
    expect(flat?.skills).toContain('typescript');
    expect(flat?.resumeText).toBeUndefined();
    expect(flattenProfile({ skills: [] })).toBeNull();
  });

  it('scores a table row exactly as the job page scores the job', () => {
    for (const profile of [skills, preferencesOnly, { ...skills, ...preferencesOnly, skills: ['TypeScript'] }]) {
      const view = toJobView(onsiteInBerlin, flattenProfile(profile));
      expect(view.match).toBe(jobMatch(onsiteInBerlin, profile)?.score ?? null);
    }
  });

  it('takes points off for preferences the job does not meet', () => {
    const withSkills = toJobView(onsiteInBerlin, flattenProfile(skills)).match ?? 0;
    const withPreferences = toJobView(
      onsiteInBerlin,
      flattenProfile({ ...skills, ...preferencesOnly, skills: skills.skills }),
    );
    expect(withPreferences.match).toBeLessThan(withSkills);
  });

  it('scores with preferences alone, where the popup would too', () => {
    const remoteJob = makeJob({}, { workMode: 'remote', locations: [] });
    expect(toJobView(remoteJob, flattenProfile(preferencesOnly)).match).not.toBeNull();
  });

  it('recomputes a row for a new profile from what the row keeps', () => {
    const view = toJobView(onsiteInBerlin, flattenProfile(skills));
    const flat = flattenProfile(preferencesOnly);
    expect(withMatch(view, flat).match).toBe(toJobView(onsiteInBerlin, flat).match);
  });

  it('reads the facts from the posting first, then the summary', () => {
    const job = makeJob(
      { summary: makeSummary(['Go'], { workMode: 'remote', yearsExperience: { min: 2, max: null } }) },
      { workMode: null, locations: ['Oslo'] },
    );
    expect(matchFacts(job.posting, job.summary)).toMatchObject({
      yearsMin: 2,
      workMode: 'remote',
      locations: ['Oslo'],
    });
  });
});
