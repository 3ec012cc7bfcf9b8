/**
 * A skill the posting names to say the job does without it ("Dutch is not required") is not a skill
 * of the job; one that is "a plus but not required" still is, as a nice-to-have.
 */
import { describe, expect, it } from 'vitest';
import type { SectionedLine } from '../../utils/summarize/sections';
import { notRequiredSpans, rankSkills } from '../../utils/summarize/skills';

const ranked = (...texts: string[]): string[] => {
  const lines: SectionedLine[] = texts.map((text, position) => ({ text, section: 'requirements', position }));
  return rankSkills('Developer', lines).skills.map((skill) => skill.name);
};

describe('skills named as not required', () => {
  it.each([
    ['Dutch is not required; our working language is English', 'Dutch'],
    ['No prior Kubernetes experience needed, we will teach you', 'Kubernetes'],
    ['Kenntnisse in SAP sind nicht erforderlich', 'SAP'],
    ["La maîtrise d'Excel n'est pas obligatoire", 'Microsoft Excel'],
    ['La experiencia con SAP no es imprescindible', 'SAP'],
  ])('%s drops %s', (line, skill) => {
    expect(ranked(line, 'Experience with Python and Docker')).not.toContain(skill);
    expect(ranked(line, 'Experience with Python and Docker')).toContain('Python');
  });

  it('keeps the skills of the next sentence and of a welcomed one', () => {
    expect(ranked('Dutch is not required; our working language is English')).toContain('English');
    expect(ranked('Experience with Spark is a plus but not required')).toContain('Apache Spark');
    expect(ranked("La connaissance de SAP est un atout mais n'est pas indispensable")).toContain('SAP');
  });

  it('finds nothing in a line without a cue', () => {
    expect(notRequiredSpans('Experience with Python is required')).toEqual([]);
  });
});

describe('a head noun written once for two skills (Romance languages)', () => {
  it.each([
    ['Scrittura di test unitari e di integrazione', 'Integration testing'],
    ['Pruebas unitarias y de integración con JUnit', 'Integration testing'],
    ["Écrire des tests unitaires et d'intégration", 'Integration testing'],
  ])('%s names %s too', (line, skill) => {
    const names = ranked(line);
    expect(names).toContain('Unit testing');
    expect(names).toContain(skill);
  });
});
