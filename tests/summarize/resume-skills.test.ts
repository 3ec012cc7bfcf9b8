import { describe, expect, it } from 'vitest';
import { resumeSkills } from '@/utils/summarize/resume-skills';

describe('resumeSkills (Settings → Your skills → from a résumé)', () => {
  it('finds the taxonomy’s skills the way the summarizer finds them in postings', () => {
    const found = resumeSkills('Six years building services in Python and PostgreSQL, deployed with Docker.', []);
    expect(found).toEqual(expect.arrayContaining(['Docker', 'PostgreSQL', 'Python']));
  });

  it('adds skills the saved jobs ask for only where the résumé names them as whole words', () => {
    const vocabulary = ['Harbour Scheduling', 'Tidewatch', 'Net'];
    const found = resumeSkills('Ran Harbour Scheduling for the Tidewatch fleet; mended nets on weekends.', vocabulary);
    expect(found).toContain('Harbour Scheduling');
    expect(found).toContain('Tidewatch');
    // "nets" is not the skill "Net".
    expect(found).not.toContain('Net');
  });

  it('reads names with regular-expression characters literally, and sorts what it found', () => {
    const found = resumeSkills('Wrote firmware in C++ and tooling in Ada.', ['C++', 'Ada', 'A.a']);
    expect(found).toContain('C++');
    expect(found).toContain('Ada');
    // "." is a dot, not any character.
    expect(found).not.toContain('A.a');
    expect(found).toEqual([...found].sort((a, b) => a.localeCompare(b)));
  });

  it('finds nothing in an empty résumé', () => {
    expect(resumeSkills('', ['Python'])).toEqual([]);
  });
});
