/** The skills summarize() finds in a list of items under a neutral title (the skill tests' common probe). */
import { summarize } from '../../utils/summarize/index';
import { blankPosting } from '../posting-factory';

export const skillsIn = (...items: string[]): string[] =>
  summarize(
    blankPosting({ title: 'Posting', descriptionHtml: `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` }),
  ).skills.map((skill) => skill.name);
