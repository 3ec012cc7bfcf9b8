import { describe, expect, it } from 'vitest';
import { PROFESSION_ALIASES } from '../../utils/summarize/data/skills-professions';
import { SKILL_TABLE } from '../../utils/summarize/data/skills';

describe('profession aliases', () => {
  // The extra words are keyed by a canonical name of the technical table; a renamed skill would silently lose them.
  it('are keyed by a canonical name of SKILL_TABLE', () => {
    const names = new Set(
      SKILL_TABLE.flatMap(([, block]) => block.split('\n').map((line) => line.split('|')[0]?.trim())),
    );
    expect(Object.keys(PROFESSION_ALIASES).filter((name) => !names.has(name))).toEqual([]);
  });
});
