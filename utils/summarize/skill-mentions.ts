/**
 * The skills one line mentions: the longest alias first, left to right, each guard asked; then the
 * skills a coordination, a compound or a duty names. Also the lookups of a name the user typed.
 */
import { PLUS_CUE, REQUIREMENT_CUE } from './data/skills';
import { coordinatedMentions, ellipsisMention, headFirstMention } from './skill-coordination';
import { compoundPrefixSkill, declinedNameSkill, truncatedCompoundMentions } from './skill-compounds';
import { dutyMentions } from './skill-duties';
import { CAMEL_PAIR } from './skill-forms';
import { accepts, type LineTests } from './skill-guards';
import { plainSkillOf, skillMatcher, type SkillMention, type Terminal } from './skill-matcher';
import { JOINER, tokenize, type Token } from './skill-tokens';

/**
 * Skills named inside a longer skill's name that stand on their own ("Tailwind CSS" → CSS, "GitLab
 * CI" → CI/CD, "AWS Lambda" → AWS): only those in `STANDALONE_INSIDE`, and only when their guard
 * accepts them in this line.
 */
function innerMentions(
  tokens: readonly Token[],
  from: number,
  to: number,
  outer: number,
  line: string,
  tested: LineTests,
): SkillMention[] {
  const { root, standalone, standaloneStarts, scoped, skills } = skillMatcher();
  const inner: SkillMention[] = [];
  if (scoped.has(outer)) return inner;
  // "Java Script" is JavaScript written apart (`CAMEL_PAIR`), not Java.
  const joined = to === from + 1 ? `${tokens[from]?.raw ?? ''}${tokens[to]?.raw ?? ''}` : '';
  if (CAMEL_PAIR.test(joined)) {
    const key = joined.toLowerCase();
    if (skills[outer]?.aliases.some((alias) => alias.toLowerCase() === key && CAMEL_PAIR.test(alias))) return inner;
  }
  for (let start = from; start <= to; start++) {
    const key = tokens[start]?.key ?? '';
    if (!standaloneStarts.has(key)) continue;
    let node = root.next.get(key);
    for (let cursor = start; node && cursor <= to; cursor++) {
      if (cursor - start < to - from) {
        const terminal = node.terminals.find(
          (candidate) =>
            candidate.skill !== outer &&
            standalone.has(candidate.skill) &&
            accepts(candidate, tokens, start, cursor, line, tested) === 'yes',
        );
        if (terminal && !inner.some((mention) => mention.skill === terminal.skill))
          inner.push({ skill: terminal.skill, start: tokens[start]?.start ?? 0, end: tokens[cursor]?.end ?? 0 });
      }
      const current = tokens[cursor];
      const following = tokens[cursor + 1];
      if (!current || !following || !JOINER.test(line.slice(current.end, following.start))) break;
      node = node.next.get(following.key);
    }
  }
  return inner;
}

/** A vendor's name, then its products in brackets or after a colon: "Azure (Data Factory, Databricks)", "AWS: Lambda, S3". */
const VENDOR_LIST_OPEN = /([\p{L}\p{N}]+)\s*[(:]\s*$/u;

/**
 * A product named in a list that follows its vendor's name, read with the vendor: "Azure (Databricks,
 * ADLS Gen2)" → Azure Databricks, "SAP (EWM, S/4HANA)" → SAP EWM, when the taxonomy knows that name.
 */
function withVendor(mention: SkillMention, tokens: readonly Token[], line: string): SkillMention {
  const before = line.slice(Math.max(0, mention.start - 80), mention.start);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf(':'));
  if (open < 0 || before.indexOf(')', open) >= 0) return mention;
  // Only list items between the bracket and the mention: "Azure (Data Factory, Databricks".
  if (!/^[\s\p{L}\p{N}.,/&+#-]*$/u.test(before.slice(open + 1))) return mention;
  const vendor = VENDOR_LIST_OPEN.exec(before.slice(0, open + 1))?.[1]?.toLowerCase();
  if (!vendor) return mention;
  const words = tokens.filter((token) => token.start >= mention.start && token.end <= mention.end).map((t) => t.key);
  if (!words.length || words[0] === vendor) return mention;
  const skill = plainSkillOf([vendor, ...words]);
  return skill === null || skill === mention.skill ? mention : { ...mention, skill };
}

/** A vendor's name and a bracketed list of its products: "Azure (App Service, Functions, Service Bus)". */
const VENDOR_BRACKET = /([\p{L}\p{N}]+)\s*\(([^()]{2,160})\)/gu;
const BRACKET_ITEM = /[^,;/]+/g;

/**
 * Items of a vendor's bracketed list that name nothing alone but a product with the vendor's name: "Functions" in
 * "Azure (App Service, Functions, Service Bus)" is Azure Functions, when the taxonomy knows that name.
 */
function vendorListItems(tokens: readonly Token[], line: string, found: readonly SkillMention[]): SkillMention[] {
  const out: SkillMention[] = [];
  for (const list of line.matchAll(VENDOR_BRACKET)) {
    const vendor = list[1]!.toLowerCase();
    const inner = list.index + list[0].indexOf('(') + 1;
    for (const item of list[2]!.matchAll(BRACKET_ITEM)) {
      const start = inner + item.index;
      const end = start + item[0].length;
      if (found.some((mention) => mention.start < end && start < mention.end)) continue;
      const words = tokens
        .filter((token) => token.start >= start && token.end <= end)
        .map((token) => token.key)
        .filter((key) => key !== 'and' && key !== 'or');
      if (!words.length || words.length > 3) continue;
      const skill = plainSkillOf([vendor, ...words]);
      if (skill !== null) out.push({ skill, start, end });
    }
  }
  return out;
}

/** What may separate two items of one list of skills: "Spark, Ray", "Flink / Beam", "Go and Rust". */
const LIST_SEPARATOR = /^\s*(?:[,;/|&+(]|\)\s*,?|\b(?:and|or|und|oder|et|ou|y|o)\b|,\s*(?:and|or)\b)\s*$/i;

/**
 * Every skill mentioned in one line, longest alias first, left to right. An ambiguous short alias
 * ("Ray", "AR", "Go") counts only with its context words in the line, or as an item of a list
 * whose neighbouring item is a skill that counted.
 */
export function findSkillMentions(line: string): SkillMention[] {
  const { root } = skillMatcher();
  const tokens = tokenize(line);
  const mentions: Array<SkillMention & { pending: boolean }> = [];
  const tested: LineTests = new Map();
  /** Skills read beside a longer alias ("batch and streaming pipelines"); they take no part in list confirmation. */
  const implied: SkillMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    let node = root.next.get(tokens[index]?.key ?? '');
    let cursor = index;
    let best: { skill: number; to: number; pending: boolean } | null = null;
    while (node) {
      let listed: Terminal | null = null;
      let accepted: Terminal | null = null;
      for (const terminal of node.terminals) {
        const verdict = accepts(terminal, tokens, index, cursor, line, tested);
        if (verdict === 'yes') {
          accepted = terminal;
          break;
        }
        if (verdict === 'in-list' && !listed) listed = terminal;
      }
      if (accepted) best = { skill: accepted.skill, to: cursor, pending: false };
      else if (listed) best = { skill: listed.skill, to: cursor, pending: true };
      const current = tokens[cursor];
      const following = tokens[cursor + 1];
      if (!current || !following || !JOINER.test(line.slice(current.end, following.start))) break;
      node = node.next.get(following.key);
      cursor++;
    }
    if (best) {
      mentions.push({
        skill: best.skill,
        start: tokens[index]?.start ?? 0,
        end: tokens[best.to]?.end ?? 0,
        pending: best.pending,
      });
      if (!best.pending && best.to > index) {
        const elided = ellipsisMention(tokens, index, best.to, line);
        // "org design, performance reviews": a word that belongs to a skill of its own is a list item.
        if (elided && !mentions.some((other) => other.start <= elided.start && elided.start < other.end))
          implied.push(elided);
        const headFirst = headFirstMention(tokens, index, best.to, line);
        if (headFirst && headFirst.skill !== best.skill) implied.push(headFirst);
        implied.push(...innerMentions(tokens, index, best.to, best.skill, line, tested));
      }
      index = best.to + 1;
    } else {
      const token = tokens[index];
      const skill = token ? (compoundPrefixSkill(token) ?? declinedNameSkill(token)) : null;
      if (token && skill !== null) implied.push({ skill, start: token.start, end: token.end });
      index++;
    }
  }
  for (const duty of [
    ...dutyMentions(skillMatcher().duties, tokens, line, mentions),
    ...truncatedCompoundMentions(tokens, line),
    ...coordinatedMentions(tokens, line, mentions),
  ]) {
    if (
      !mentions.some((mention) => mention.skill === duty.skill) &&
      !implied.some((other) => other.skill === duty.skill)
    )
      implied.push(duty);
  }
  if (line.includes('(')) implied.push(...vendorListItems(tokens, line, [...mentions, ...implied]));
  const withImplied = (counted: SkillMention[]): SkillMention[] => {
    const all = implied.length ? [...counted, ...implied].sort((a, b) => a.start - b.start) : counted;
    return line.includes('(') || line.includes(':') ? all.map((mention) => withVendor(mention, tokens, line)) : all;
  };
  if (!mentions.some((mention) => mention.pending))
    return withImplied(mentions.map(({ skill, start, end }) => ({ skill, start, end })));
  // "ECS/CSCS card": an ambiguous name that a coordination reads as part of another skill ("ECS card") is that skill.
  for (let at = mentions.length - 1; at >= 0; at--) {
    const mention = mentions[at];
    if (mention?.pending && implied.some((other) => other.start <= mention.start && mention.end <= other.end))
      mentions.splice(at, 1);
  }
  // "Experience with Rust", "worked with Temporal or Backstage": a name, or a list of names, right
  // after words that ask for a skill counts as one.
  for (let at = 0; at < mentions.length; at++) {
    let head = at;
    while (head > 0 && LIST_SEPARATOR.test(line.slice(mentions[head - 1]?.end ?? 0, mentions[head]?.start ?? 0)))
      head--;
    const start = mentions[head]?.start ?? 0;
    const mention = mentions[at];
    if (mention?.pending && REQUIREMENT_CUE.test(line.slice(Math.max(0, start - 60), start))) mention.pending = false;
  }
  // "Go is a plus", "Rust or Zig would be a bonus": the words after a name, or after the list it ends, ask for it.
  for (let at = mentions.length - 1; at >= 0; at--) {
    const mention = mentions[at];
    if (!mention?.pending) continue;
    let tail = at;
    while (
      tail + 1 < mentions.length &&
      LIST_SEPARATOR.test(line.slice(mentions[tail]?.end ?? 0, mentions[tail + 1]?.start ?? 0))
    )
      tail++;
    const end = mentions[tail]?.end ?? 0;
    if (PLUS_CUE.test(line.slice(end, end + 60))) mention.pending = false;
  }
  // A pending mention counts when a list separator joins it to a mention that counts; repeat so
  // "Spark, Ray, Dask" confirms along the list.
  let changed = true;
  while (changed) {
    changed = false;
    for (let at = 0; at < mentions.length; at++) {
      const mention = mentions[at];
      if (!mention?.pending) continue;
      const before = mentions[at - 1];
      const after = mentions[at + 1];
      const joined =
        (before && !before.pending && LIST_SEPARATOR.test(line.slice(before.end, mention.start))) ||
        (after && !after.pending && LIST_SEPARATOR.test(line.slice(mention.end, after.start)));
      if (joined) {
        mention.pending = false;
        changed = true;
      }
    }
  }
  return withImplied(
    mentions.filter((mention) => !mention.pending).map(({ skill, start, end }) => ({ skill, start, end })),
  );
}

/** findSkillMentions, remembering each line it has read: one summary reads a line two or three times. */
export function mentionReader(): (line: string) => SkillMention[] {
  const read = new Map<string, SkillMention[]>();
  return (line) => {
    let mentions = read.get(line);
    if (!mentions) {
      mentions = findSkillMentions(line);
      read.set(line, mentions);
    }
    return mentions;
  };
}

/** The canonical skill for a name the user typed ("golang" → "Go"), or null when unknown. */
export function canonicalSkill(name: string): string | null {
  const { skills, byAlias } = skillMatcher();
  const index = byAlias.get(name.trim().toLowerCase());
  if (index !== undefined) return skills[index]?.name ?? null;
  const mention = findSkillMentions(name)[0];
  return mention ? (skills[mention.skill]?.name ?? null) : null;
}

/** Canonical skills mentioned anywhere in a free text (a pasted résumé). */
export function skillsInText(text: string): Set<string> {
  const { skills } = skillMatcher();
  const found = new Set<string>();
  for (const line of text.split(/\n+/)) {
    for (const mention of findSkillMentions(line)) {
      const skill = skills[mention.skill];
      if (skill && !skill.soft) found.add(skill.name);
    }
  }
  return found;
}
