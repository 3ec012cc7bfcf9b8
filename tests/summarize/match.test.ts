import { describe, expect, it } from 'vitest';
import { blankPosting } from '../posting-factory';
import type { PostingDraft } from '../../utils/schema/posting';
import { matchSchema, profileSchema, type Profile } from '../../utils/schema/summary';
import { summarize } from '../../utils/summarize/index';
import { matchProfile } from '../../utils/summarize/match';
import { buildTldr } from '../../utils/summarize/tldr';

const html =
  '<h2>Responsibilities</h2><ul><li>Build APIs in Go</li></ul><h2>Requirements</h2><ul><li>5+ years of Go and PostgreSQL</li><li>Kubernetes and Terraform on AWS</li><li>Kafka</li></ul><h2>Nice to have</h2><ul><li>Rust</li></ul>' +
  '<p>This role is hybrid, 3 days a week in the office. We do not offer visa sponsorship.</p>';

function posting(overrides: Partial<PostingDraft> = {}): PostingDraft {
  return blankPosting({
    title: 'Senior Backend Engineer',
    company: 'Acme',
    locations: ['Berlin, Germany'],
    workMode: 'hybrid',
    salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year', text: '€80,000–€95,000' },
    descriptionHtml: html,
    ...overrides,
  });
}

const profile = (extra: Partial<Profile> = {}): Profile => ({ skills: ['Go', 'PostgreSQL', 'AWS', 'Kafka'], ...extra });

describe('match', () => {
  it('says in one line how many must-have skills the user has and which are missing', () => {
    const match = summarize(posting(), profile())?.match;
    expect(matchSchema.safeParse(match).success).toBe(true);
    // Kubernetes, Terraform and APIs ("Build APIs in Go") are the must-haves the user lacks; Backend
    // development, which only the title names, is not counted as missing.
    expect(match?.reason).toBe('4 of 7 must-have skills; missing: Kubernetes, Terraform, APIs');
    expect(match?.checks?.map(({ kind, status, label }) => ({ kind, status, label }))).toEqual([
      { kind: 'skills', status: 'unmet', label: '4 of 7 must-have skills' },
    ]);
  });

  it('weighs years, work mode, location and minimum pay, each met, not met or unknown', () => {
    const all = profile({
      skills: ['Go', 'PostgreSQL', 'Kubernetes', 'Terraform', 'AWS', 'Kafka'],
      yearsExperience: 6,
      workModes: ['hybrid', 'remote'],
      locations: ['Berlin'],
      minimumSalary: { amount: 85000, currency: 'EUR', period: 'year' },
    });
    const met = summarize(posting(), all).match;
    expect(met?.checks?.map((check) => [check.kind, check.status])).toEqual([
      ['skills', 'met'],
      ['years', 'met'],
      ['workMode', 'met'],
      ['location', 'met'],
      ['salary', 'met'],
    ]);
    const unmet = summarize(posting(), {
      ...all,
      yearsExperience: 2,
      workModes: ['remote'],
      locations: ['Lisbon'],
      minimumSalary: { amount: 60, currency: 'EUR', period: 'hour' },
    }).match;
    expect(unmet?.checks?.filter((check) => check.status === 'unmet').map((check) => check.kind)).toEqual([
      'years',
      'workMode',
      'location',
      'salary',
    ]);
    expect(unmet?.score).toBeLessThan(met?.score ?? 0);
    expect(unmet?.reason).toMatch(
      /; more years than you have; not your work mode; not in your places; pay below your minimum$/,
    );
    expect(unmet?.checks?.find((check) => check.kind === 'years')?.label).toBe('Asks 5+ years; you have 2');
    const unknown = summarize(
      posting({ workMode: null, locations: [], salary: null, descriptionHtml: '<ul><li>Go and Kafka</li></ul>' }),
      all,
    ).match;
    expect(
      unknown?.checks?.filter((check) => !['skills', 'niceToHave'].includes(check.kind)).map((check) => check.status),
    ).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('leaves pay in another currency unknown and compares pay per year', () => {
    const perHour = summarize(
      posting({ salary: { min: 40, max: 50, currency: 'EUR', period: 'hour', text: '€40–50/h' } }),
      profile({ minimumSalary: { amount: 90000, currency: 'EUR', period: 'year' } }),
    ).match;
    expect(perHour?.checks?.find((check) => check.kind === 'salary')?.status).toBe('met');
    const dollars = summarize(
      posting(),
      profile({ minimumSalary: { amount: 90000, currency: 'USD', period: 'year' } }),
    ).match;
    expect(dollars?.checks?.find((check) => check.kind === 'salary')?.status).toBe('unknown');
  });

  it('counts a remote job as in any place', () => {
    const remote = summarize(
      posting({ workMode: 'remote', locations: ['Remote (US)'] }),
      profile({ locations: ['Lisbon'] }),
    ).match;
    expect(remote?.checks?.find((check) => check.kind === 'location')?.status).toBe('met');
  });

  it('scores preferences alone when the user set no skills, and is null for an empty profile', () => {
    const prefsOnly = summarize(posting(), { skills: [], workModes: ['hybrid'], yearsExperience: 1 }).match;
    // Years (unmet) weigh 15, work mode (met) 10: 10 of 25.
    expect(prefsOnly?.score).toBe(40);
    expect(prefsOnly?.checks?.map((check) => check.kind)).toEqual(['years', 'workMode']);
    expect(summarize(posting(), { skills: [] }).match).toBeNull();
    expect(matchProfile([], profile())).toBeNull();
  });

  it('keeps old stored profiles valid (every preference is optional)', () => {
    expect(profileSchema.safeParse({ skills: ['Go'] }).success).toBe(true);
    expect(
      profileSchema.safeParse({ skills: [], minimumSalary: { amount: 1, currency: 'eur', period: 'year' } }).success,
    ).toBe(false);
  });
});

describe('TL;DR', () => {
  it('adds seniority, years, the top three must-haves and flags, never the header', () => {
    const summary = summarize(posting({ title: 'Backend Engineer' }));
    const tldr = summary.tldr;
    expect(tldr).toMatch(/^Senior · 5\+ yrs · must: Go, PostgreSQL, \w+/);
    expect(tldr).toContain('no visa sponsorship');
    expect(tldr).toContain('3 office days/wk');
    for (const header of ['Backend Engineer', 'Acme', 'Berlin', 'Hybrid', '€80', '95k'])
      expect(tldr).not.toContain(header);
  });

  it('leaves out the seniority when the title says it, and flags travel', () => {
    const tldr = buildTldr({
      seniority: 'Senior',
      title: 'Senior Sales Engineer',
      years: { min: 3, max: 5 },
      mustHaveSkills: ['Salesforce', 'Negotiation', 'CRM', 'Excel'],
      education: null,
      visaSponsorship: true,
      travel: 'Travel up to 40% of the time',
      officeDays: null,
      clearance: null,
      firstDuty: null,
    });
    expect(tldr).toBe('3–5 yrs · must: Salesforce, Negotiation, CRM · visa sponsorship · 40% travel');
  });

  it('says the first duty when nothing else is known', () => {
    const tldr = buildTldr({
      seniority: null,
      title: 'Helper',
      years: null,
      mustHaveSkills: [],
      education: null,
      visaSponsorship: null,
      travel: null,
      officeDays: null,
      clearance: null,
      firstDuty: 'Sort returns in the warehouse',
    });
    expect(tldr).toBe('Sort returns in the warehouse');
  });
});
