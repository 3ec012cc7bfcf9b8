/**
 * Skills that postings in weak-recall professions name (issue 11 part 4, skill texts 173–212), the
 * near-duplicate entries merged into one skill, and the guards on short or ordinary aliases: each
 * counts in a line where it is the skill and not in one where it is an ordinary word. Lines are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { canonicalSkill, findSkillMentions, skillMatcher } from '../../utils/summarize/skills';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

describe('near-duplicate skills are one skill', () => {
  it('reads a food handler card as the food hygiene certificate', () => {
    expect(names('A valid food handler card is required')).toContain('Food hygiene certificate');
    expect(names('Level 2 Food Hygiene certificate')).toContain('Food hygiene certificate');
    expect(canonicalSkill('Food Handler card')).toBe('Food hygiene certificate');
  });

  it('reads KPI tracking as KPIs', () => {
    expect(names('Track KPIs weekly and report to the area manager')).toContain('KPIs');
    expect(names('Hit our CSAT and first-response KPIs')).toContain('KPIs');
    expect(canonicalSkill('KPI tracking')).toBe('KPIs');
  });

  it('reads an enhanced DBS check as the DBS check', () => {
    expect(names('An enhanced DBS check is required')).toContain('DBS check');
    expect(names('A satisfactory DBS check')).toContain('DBS check');
    expect(canonicalSkill('Enhanced DBS check')).toBe('DBS check');
  });
});

describe('known misreadings', () => {
  it('reads CSCS as the UK construction card, not the Australian White Card', () => {
    expect(names('A valid CSCS card (blue or gold)')).toEqual(['CSCS card']);
    expect(names('General Construction Induction (White Card)')).toContain('White Card');
    expect(names('A valid CSCS card')).not.toContain('White Card');
  });

  it('reads "plan and deliver" as lesson planning only where lessons are taught', () => {
    expect(names('Plan and deliver engaging lessons across Key Stage 2')).toContain('Lesson planning');
    expect(names('Plan and deliver marketing campaigns with the brand team')).not.toContain('Lesson planning');
    expect(names('Plan and deliver infrastructure projects on time')).not.toContain('Lesson planning');
  });

  it('reads "counterbalance" as a forklift only beside a truck or forklift word', () => {
    expect(names('Counterbalance and reach truck licence')).toContain('Forklift operation');
    expect(names('Experience on a counterbalance forklift')).toContain('Forklift operation');
    expect(names('Counterbalance the workload across the team')).not.toContain('Forklift operation');
    expect(names('Fit counterbalance springs to garage doors')).not.toContain('Forklift operation');
  });
});
