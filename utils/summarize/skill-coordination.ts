/**
 * Skills a coordination names by writing their shared words once: "batch and streaming pipelines",
 * "test unitari e di integrazione", "unit, integration and end-to-end tests".
 */
import { plainSkillOf, skillMatcher, type SkillMention } from './skill-matcher';
import type { Token } from './skill-tokens';

/** "batch and streaming pipelines", "unit- and integration tests": a word joined to the first word of a multi-word alias. */
const ELLIPSIS_JOIN = /^-?\s*(?:,|\/|&|and|or|und|oder|et|ou|y|o)\s*$/i;

/**
 * The skill of "A … B C" read as "A C" when "B C" is an alias: "batch and streaming pipelines" → batch
 * pipelines, "unit and end-to-end tests" → unit tests.
 */
export function ellipsisMention(tokens: readonly Token[], from: number, to: number, line: string): SkillMention | null {
  const first = tokens[from];
  if (!first || to <= from) return null;
  for (const back of [1, 2]) {
    const word = tokens[from - back];
    if (!word || !ELLIPSIS_JOIN.test(line.slice(word.end, first.start))) continue;
    // "unit and end-to-end tests" → "unit tests": the word may also skip one hyphenated word.
    for (let last = from + 1; last <= to; last++) {
      const skill = plainSkillOf([word.key, ...tokens.slice(last, to + 1).map((token) => token.key)]);
      if (skill !== null) return { skill, start: word.start, end: word.end };
      if (line.slice(tokens[last - 1]?.end ?? 0, tokens[last]?.start ?? 0) !== '-') break;
    }
  }
  return null;
}

/** The conjunction of "test unitari e di integrazione", "pruebas unitarias y de integración". */
const HEAD_FIRST_AND = /^(?:e|ed|et|y|i|och|og|en|ou|o|and|or)$/;
/** A preposition between a head noun and its modifier: "test di integrazione", "pruebas de integración". */
const HEAD_FIRST_OF = /^(?:di|de|da|del|della|do|dos|das)$/;

/**
 * The skill of "H M1 and (of) M2" read as "H (of) M2" when that is an alias, as Romance languages
 * write a head noun once for two skills (the head may be two words: "soporte vital básico y avanzado"):
 * "test unitari e di integrazione" → test di integrazione,
 * "tests unitaires et d'intégration" → tests d'intégration; English does so after a noun it
 * qualifies: "accounts payable and receivable", "data analysis and visualisation".
 */
export function headFirstMention(
  tokens: readonly Token[],
  from: number,
  to: number,
  line: string,
): SkillMention | null {
  // The head is every word but the last: "test unitari", "soporte vital básico y avanzado".
  const head = tokens.slice(from, to).map((token) => token.key);
  const and = tokens[to + 1];
  if (!head.length || !and || to - from > 2 || !HEAD_FIRST_AND.test(and.key)) return null;
  if (!/^\s+$/.test(line.slice(tokens[to]?.end ?? 0, and.start))) return null;
  const of = tokens[to + 2];
  const word = of && HEAD_FIRST_OF.test(of.key) ? tokens[to + 3] : of;
  if (!of || !word) return null;
  const skill = (word !== of ? plainSkillOf([...head, of.key, word.key]) : null) ?? plainSkillOf([...head, word.key]);
  return skill === null ? null : { skill, start: of.start, end: word.end };
}

/** A conjunction between the items of a coordination: "unit, integration and end-to-end tests", "Front- und Backend". */
const COORDINATORS: ReadonlySet<string> = new Set(
  'and or und oder sowie bzw en of och eller og samt et ou y o e'.split(' '),
);
/** What follows an item before the next one: a comma, a truncating hyphen ("front- and back-end"), or nothing before a conjunction. */
const ITEM_GAP = /^-?\s*,?\s*$/;
/** "AWS/GCP/Azure", "Sales & Marketing": a slash or ampersand joins the last item without a conjunction word. */
const SYMBOL_COORDINATOR = /^\s*[/&]\s*$/;
/** A job title's other gender after a slash, no item of a list: "Mozo/a de almacén", "Kaufmann/-frau", "Entwickler/in". */
const GENDER_ENDING = /^(?:a|o|e|r|in|innen|frau|ess)$/;
/** Items read before the last one at most, and words of the shared tail. */
const COORDINATION_ITEMS = 4;
const COORDINATION_TAIL = 3;

/**
 * Skills named by a coordination that writes their shared last words once: "unit, integration and
 * end-to-end tests" → unit tests, "iOS and Android development" → iOS development, "front- and back-end
 * development" → front-end development, "AWS/GCP/Azure certification". Each earlier item is read with
 * the words after the last item (or after its hyphenated word: "end-to-end tests" → tests), as an
 * unguarded alias only, so an ambiguous name never counts this way. A name that holds the whole
 * coordination ("Health and Safety training") is left alone.
 */
export function coordinatedMentions(
  tokens: readonly Token[],
  line: string,
  named: readonly SkillMention[],
): SkillMention[] {
  const found: SkillMention[] = [];
  const { root } = skillMatcher();
  for (let last = 1; last < tokens.length - 1; last++) {
    const lastWord = tokens[last];
    if (!lastWord) continue;
    let before = last - 1;
    const joiner = tokens[before];
    if (joiner && COORDINATORS.has(joiner.key) && /^\s+$/.test(line.slice(joiner.end, lastWord.start))) {
      before--;
    } else if (
      !joiner ||
      // Most words are one space apart: no slash or ampersand to read, nothing to cut from the line.
      (lastWord.start - joiner.end === 1 && line[joiner.end] === ' ') ||
      !SYMBOL_COORDINATOR.test(line.slice(joiner.end, lastWord.start)) ||
      GENDER_ENDING.test(lastWord.key)
    )
      continue;
    const items: Token[] = [];
    for (let at = before; at >= 0 && items.length < COORDINATION_ITEMS; at--) {
      const item = tokens[at];
      const next = tokens[at + 1];
      if (!item || !next) break;
      const gap = line.slice(item.end, next.start);
      // The item right before the conjunction or slash; earlier ones separated by commas.
      if (at === before ? !(ITEM_GAP.test(gap) || SYMBOL_COORDINATOR.test(gap)) : !/^-?\s*,\s*$/.test(gap)) break;
      // Only a word that starts some alias can name a skill with the tail.
      if (root.next.has(item.key)) items.push(item);
    }
    if (!items.length) continue;
    const first = items[items.length - 1];
    if (first && named.some((mention) => mention.start <= first.start && mention.end >= lastWord.end)) continue;
    // The tail after the last item's first word ("back-end development") and after its hyphenated word ("end-to-end tests").
    let chain = last;
    for (let next = tokens[chain + 1]; next && next.start === (tokens[chain]?.end ?? 0) + 1; next = tokens[chain + 1]) {
      if (line[next.start - 1] !== '-') break;
      chain++;
    }
    const tails = chain > last ? [last + 1, chain + 1] : [last + 1];
    for (const item of items) {
      let skill: number | null = null;
      for (const from of tails) {
        // Walk the trie from the item through the tail; the longest unguarded alias wins.
        let node = root.next.get(item.key);
        for (let at = from; node && at < from + COORDINATION_TAIL && at < tokens.length; at++) {
          node = node.next.get(tokens[at]?.key ?? '');
          const terminal = node?.terminals.find((candidate) => candidate.guard === null);
          if (terminal) skill = terminal.skill;
        }
        if (skill !== null) break;
      }
      if (skill !== null) found.push({ skill, start: item.start, end: item.end });
    }
  }
  return found;
}
