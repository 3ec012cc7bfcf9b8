import { describe, expect, it } from 'vitest';
import { blankPosting } from '../posting-factory';
import type { Salary } from '../../utils/schema/posting';
import { matchSchema, type Match, type Profile, type SummarySkill } from '../../utils/schema/summary';
import { summarize } from '../../utils/summarize/index';
import { MATCH_WEIGHTS, matchProfile } from '../../utils/summarize/match';

// The score a job seeker reads: must-haves weigh most, unknowns never count against, a partial
// skills match is never 0%, and the points of the parts add up to the score.

const must = (...names: string[]): SummarySkill[] =>
  names.map((name, index) => ({ name, score: 10 - index * 0.1, required: true, category: 'tool' }));
const nice = (...names: string[]): SummarySkill[] =>
  names.map((name, index) => ({ name, score: 2 - index * 0.1, required: false, category: 'tool' }));

const ELEVEN = must(
  'Python',
  'SQL',
  'Airflow',
  'Kubernetes',
  'Terraform',
  'Kafka',
  'Spark',
  'Snowflake',
  'dbt',
  'Scala',
  'Docker',
);
const onsiteInLisbon = {
  yearsMin: 8,
  workMode: 'onsite' as const,
  locations: ['Lisbon, Portugal'],
  salary: { min: 40000, max: 50000, currency: 'EUR', period: 'year', text: '€40k–50k' } satisfies Salary,
};
const picky: Profile = {
  skills: ['Python', 'SQL', 'Airflow'],
  yearsExperience: 3,
  workModes: ['remote'],
  locations: ['Berlin'],
  minimumSalary: { amount: 70000, currency: 'EUR', period: 'year' },
};

function pointsAddUp(match: Match | null): void {
  expect(matchSchema.safeParse(match).success).toBe(true);
  const counted = (match?.checks ?? []).filter((check) => check.of !== undefined);
  expect(counted.reduce((sum, check) => sum + check.of!, 0)).toBe(100);
  expect(counted.reduce((sum, check) => sum + check.points!, 0)).toBe(match?.score);
}

describe('match score', () => {
  it('never shows 0% for a partial skills match, even with every preference unmet', () => {
    const match = matchProfile(ELEVEN, picky, onsiteInLisbon);
    expect(match?.score).toBeGreaterThan(0);
    // 3 of 11 must-haves give 3/11 of the must-have part: 50 of 100 points → 14.
    expect(match?.score).toBe(14);
    expect(match?.reason).toBe(
      '3 of 11 must-have skills; missing: Kubernetes, Terraform, Kafka +5; more years than you have; not your work mode; not in your places; pay below your minimum',
    );
    pointsAddUp(match);
    const one = matchProfile(
      must(...ELEVEN.map((skill) => skill.name), 'Go'),
      { ...picky, skills: ['Go'] },
      onsiteInLisbon,
    );
    expect(one?.score).toBeGreaterThanOrEqual(1);
  });

  it('leaves out what the posting does not say instead of counting it against the match', () => {
    const skillsOnly = matchProfile(ELEVEN, { skills: picky.skills });
    const unknownPrefs = matchProfile(ELEVEN, picky);
    expect(unknownPrefs?.checks?.filter((check) => check.kind !== 'skills').map((check) => check.status)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(unknownPrefs?.score).toBe(skillsOnly?.score);
    expect(unknownPrefs?.checks?.find((check) => check.kind === 'salary')).not.toHaveProperty('points');
    // 3 of 11 with nothing else known: the must-haves are all 100 points.
    expect(skillsOnly?.score).toBe(27);
  });

  it('weighs must-have skills more than nice-to-haves', () => {
    const skills = [...must('Go', 'PostgreSQL'), ...nice('Rust', 'Kafka')];
    const mustOnly = matchProfile(skills, { skills: ['Go', 'PostgreSQL'] });
    const niceOnly = matchProfile(skills, { skills: ['Rust', 'Kafka'] });
    expect(mustOnly?.score).toBeGreaterThan(niceOnly?.score ?? 100);
    expect(mustOnly?.score).toBe(
      Math.round((100 * MATCH_WEIGHTS.skills) / (MATCH_WEIGHTS.skills + MATCH_WEIGHTS.niceToHave)),
    );
    expect(matchProfile(skills, { skills: ['Go', 'PostgreSQL', 'Rust', 'Kafka'] })?.score).toBe(100);
    pointsAddUp(niceOnly);
  });

  it('lets nice-to-haves carry the skills when the posting names no must-haves', () => {
    const match = matchProfile(nice('Figma', 'Sketch'), { skills: ['Figma'] });
    expect(match?.score).toBe(50);
    expect(match?.reason).toBe('1 of 2 nice-to-have skills');
    expect(match?.checks?.[0]).toMatchObject({ kind: 'skills', status: 'unknown', label: 'No must-have skills named' });
  });

  it('counts each met preference by its weight', () => {
    const match = matchProfile(
      must('Go'),
      { skills: ['Go'], workModes: ['remote'], yearsExperience: 2 },
      {
        ...onsiteInLisbon,
        workMode: 'remote',
      },
    );
    // Skills 50 (met) + work mode 10 (met) + years 15 (asks 8, has 2): 60 of 75 → 80.
    expect(match?.score).toBe(80);
    expect(match?.reason).toBe('1 of 1 must-have skills; more years than you have');
    pointsAddUp(match);
  });

  it('does not count a skill only the title names as a missing must-have', () => {
    const posting = (requirements: string) =>
      blankPosting({
        title: 'Backend Engineer',
        company: 'Quillmere',
        descriptionHtml: `<h2>Requirements</h2><ul><li>${requirements}</li></ul>`,
      });
    const titleOnly = summarize(posting('Go and PostgreSQL in production'), { skills: ['Go', 'PostgreSQL'] });
    expect(titleOnly.skills.find((skill) => skill.name === 'Backend development')).toMatchObject({
      required: true,
      fromTitle: true,
    });
    expect(titleOnly.match?.missingRequired).not.toContain('Backend development');
    expect(titleOnly.match?.score).toBe(100);
    const asked = summarize(posting('Backend development in Go and PostgreSQL'), { skills: ['Go', 'PostgreSQL'] });
    expect(asked.skills.find((skill) => skill.name === 'Backend development')?.fromTitle).toBeUndefined();
    expect(asked.match?.missingRequired).toEqual(['Backend development']);
  });
});
