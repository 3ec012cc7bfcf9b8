import { skillsInText } from './skill-mentions';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The skills a pasted résumé names, for the user to pick from: the taxonomy's (as the summarizer
 * finds them in postings), and the skills the user's saved jobs ask for (`vocabulary`) where the
 * résumé names them as whole words, so a résumé is matched against the user's own market.
 */
export function resumeSkills(resume: string, vocabulary: Iterable<string>): string[] {
  const found = new Set(skillsInText(resume));
  const lowered = resume.toLowerCase();
  for (const name of vocabulary) {
    if (found.has(name) || !lowered.includes(name.toLowerCase())) continue;
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(lowered))
      found.add(name);
  }
  return [...found].sort((a, b) => a.localeCompare(b));
}
