import { describe, expect, it } from 'vitest';
import { PROFESSION_ALIASES, PROFESSION_SKILLS } from '../../utils/summarize/data/skills-professions';
import { SKILL_TABLE } from '../../utils/summarize/data/skills';

describe('profession aliases', () => {
  // The extra words are keyed by a canonical name; a renamed skill would silently lose them.
  it('are keyed by a canonical name of the skill tables', () => {
    const names = new Set(
      [...SKILL_TABLE, ...PROFESSION_SKILLS].flatMap(([, block]) =>
        block.split('\n').map((line) => line.split('|')[0]?.trim()),
      ),
    );
    expect(Object.keys(PROFESSION_ALIASES).filter((name) => !names.has(name))).toEqual([]);
  });
});
