/**
 * The core skills a profession named in the title implies ("Chauffeur SPL" → Truck driving), from
 * `data/title-skills.ts`: a title names its holder's trade though no alias of a skill is written in it.
 */
import { TITLE_SKILLS } from './data/title-skills';
import { skillMatcher, type SkillMention } from './skill-matcher';
import { foldCase } from '../text/text-test';

interface TitleEntry {
  pattern: RegExp;
  skills: number[];
}

let entries: TitleEntry[] | null = null;

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function titleEntries(): TitleEntry[] {
  if (entries) return entries;
  const { byAlias } = skillMatcher();
  entries = Object.entries(TITLE_SKILLS).map(([phrases, names]) => ({
    // Whole words: "ota" in a title, not in "rotating".
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.split('|').map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
    skills: names.map((name) => byAlias.get(name.toLowerCase())).filter((index) => index !== undefined),
  }));
  return entries;
}

/** The skills the profession in a title implies, as mentions of the phrase that names it. */
export function titleSkillMentions(title: string): SkillMention[] {
  const text = foldCase(title);
  const found: SkillMention[] = [];
  for (const { pattern, skills } of titleEntries()) {
    const match = pattern.exec(text);
    if (!match) continue;
    for (const skill of skills) found.push({ skill, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** What a title names: the skills written in it and the ones its profession implies, each once. */
export function mentionsInTitle(title: string, mentionsOf: (line: string) => SkillMention[]): SkillMention[] {
  const written = mentionsOf(title);
  const named = new Set(written.map((mention) => mention.skill));
  return [...written, ...titleSkillMentions(title).filter((mention) => !named.has(mention.skill))];
}
