/**
 * Shared by the tests of guarded aliases: the skills a line names, and one test per alias that it
 * counts in lines of its field and not in lines where the same word means something else.
 */
import { expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';

/** An alias, its skill, lines where it is that skill, and lines where it is not. */
export interface GuardedAlias {
  alias: string;
  skill: string;
  is: readonly string[];
  isNot: readonly string[];
}

/** The canonical names of the skills a line mentions, in order. */
export const skillNames = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

/** One test per alias, inside the caller's `describe`. */
export function itCountsEachInItsFieldOnly(cases: readonly GuardedAlias[]): void {
  for (const { alias, skill, is, isNot } of cases) {
    it(`${alias}: counts as ${skill} in its field, not elsewhere`, () => {
      for (const line of is) expect(skillNames(line), line).toContain(skill);
      for (const line of isNot) expect(skillNames(line), line).not.toContain(skill);
    });
  }
}
