import type { SummarySkill } from '../schema/summary';
import { COVERAGE_ALIASES, COVERAGE_GUARDS, COVERAGE_SKILLS } from './data/skills-coverage';
import { PROFESSION_ALIASES, PROFESSION_GUARDS, PROFESSION_SKILLS } from './data/skills-professions';
import {
  BROAD_SKILLS,
  DUTY_FUNCTION_WORDS,
  DUTY_VERBS,
  EMPLOYER_BUSINESS,
  EMPLOYER_STAND_INS,
  HEAD_FIRST_DUTY_VERBS,
  NOT_REQUIRED_CUE,
  NOT_REQUIRED_WELCOME,
  GENERAL_SKILLS,
  HIRING_CUE,
  LANGUAGE_CONTEXT,
  LOW_SIGNAL_SKILLS,
  PLUS_CUE,
  REQUIREMENT_CUE,
  SCOPED_SKILLS,
  SKILL_GUARDS,
  SKILL_TABLE,
  SOFT_SKILLS,
  STANDALONE_INSIDE,
  WRITTEN_NAMES,
  type SkillGuard,
} from './data/skills';
import { LEGAL_SUFFIX } from './patterns';
import type { LineSection, SectionedLine } from './sections';

export interface Skill {
  name: string;
  category: string;
  aliases: string[];
  soft: boolean;
}

interface CompiledGuard {
  caseSensitive: boolean;
  notBefore: RegExp | null;
  notAfter: RegExp | null;
  lineContext: RegExp | null;
  context: RegExp | null;
}

interface Terminal {
  skill: number;
  /** The alias's own tokens as written, for case-sensitive aliases. */
  raw: string[];
  guard: CompiledGuard | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: Terminal[];
}

/**
 * One token: a word with the characters skills keep inside (C++, C#, .NET, Node.js, R&D) or at its
 * end (Security+, CySA+, A+). A "." or "&" is part of a word only when a letter or digit follows it;
 * a lone "+" only when none does ("Java+Spring" is two words).
 */
const TOKEN = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}_'’]|[.&](?=[\p{L}\p{N}]))*(?:\+\+|#|\+(?![\p{L}\p{N}+]))?/gu;
/**
 * What may sit between two words of one multi-word alias ("scikit-learn", "CI/CD", "Spark ML"), a
 * spaced ampersand ("Weights & Biases", "Health & Safety": the "&" is not a token), and an elided
 * article or Italian preposition, which the tokenizer drops ("tests d'utilisabilité", "aiuto nell'alimentazione").
 */
const JOINER = /^(?:[\s\-‐–—/]{0,3}|\s+&\s+|\s+(?:[dl]|dell|del|nell|all|sull|dall)['’])$/iu;

interface Token {
  key: string;
  raw: string;
  start: number;
  end: number;
}

/** A French or Italian elided article or pronoun glued to the word after it: "d'Excel", "l'entrepôt", "qu'Excel". */
const ELISION = /^(?:[dlnsjcm]|qu|all|dell|nell|sull)['’](?=\p{L})/iu;

/** Words of ASCII letters and digits between single spaces: their tokens are the words themselves (most aliases). */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const PLAIN_ALIAS_MAX = 48;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Aliases, not lines: a line is rarely plain words, and the test would read all of it.
  if (text.length <= PLAIN_ALIAS_MAX && PLAIN_WORDS.test(text)) {
    let start = 0;
    for (const raw of text.split(' ')) {
      tokens.push({ key: raw.toLowerCase(), raw, start, end: start + raw.length });
      start += raw.length + 1;
    }
    return tokens;
  }
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0].includes('’') ? match[0].replace(/’/g, "'") : match[0];
    let start = match.index ?? 0;
    const elided = raw.includes("'") ? (ELISION.exec(raw)?.[0].length ?? 0) : 0;
    if (elided) {
      raw = raw.slice(elided);
      start += elided;
    }
    // "React(.js)", "Next(.js)": the bracketed ending is the name's own ("React.js").
    const previous = tokens[tokens.length - 1];
    if (raw.startsWith('.') && previous && previous.end === start - 1 && text[start - 1] === '(') {
      previous.raw += raw;
      previous.key = previous.raw.toLowerCase();
      previous.end = start + raw.length;
      continue;
    }
    tokens.push({ key: raw.toLowerCase(), raw, start, end: start + raw.length });
  }
  return tokens;
}

/** One compiled copy per guard, shared by its aliases: the expressions have no g or y flag, so they keep no state. */
const compiledGuards = new WeakMap<SkillGuard, CompiledGuard>();

function compileGuard(guard: SkillGuard | undefined): CompiledGuard | null {
  if (!guard) return null;
  let compiled = compiledGuards.get(guard);
  if (!compiled) {
    compiled = {
      caseSensitive: guard.caseSensitive ?? false,
      notBefore: guard.notBefore ? new RegExp(guard.notBefore) : null,
      notAfter: guard.notAfter ? new RegExp(guard.notAfter) : null,
      lineContext: guard.lineContext ? new RegExp(guard.lineContext, 'i') : null,
      context: guard.context ? new RegExp(guard.context, 'i') : null,
    };
    compiledGuards.set(guard, compiled);
  }
  return compiled;
}

export interface SkillMatcher {
  skills: Skill[];
  root: TrieNode;
  /** Skills that count on their own when a longer skill's name holds them ("Tailwind CSS" → CSS). */
  standalone: ReadonlySet<number>;
  /** The first word of each of those skills' aliases: where an inner skill may start. */
  standaloneStarts: ReadonlySet<string>;
  /** Alias (lower case) → skill index, for profile skills typed by the user. */
  byAlias: Map<string, number>;
  /** Skills whose name holds a platform not asked for on its own ("Kubernetes security"). */
  scoped: ReadonlySet<number>;
  /** A duty verb's form → the skills named by that duty's noun and its object ("process" → refund processing). */
  duties: ReadonlyMap<string, readonly DutyObject[]>;
}

/** A skill a duty verb names together with its object: "process" + ["refund"] → Refund processing. */
interface DutyObject {
  skill: number;
  object: readonly string[];
}

/**
 * The guards by key, read once into maps: a bare alias ("AR"), and by skill name its own aliases
 * ("EMR" of one skill) or all of them ("*"). Looking up "Name|alias" built as a string for each of
 * the taxonomy's aliases cost a fifth of the matcher's build.
 */
interface GuardIndex {
  byAlias: ReadonlyMap<string, SkillGuard>;
  bySkill: ReadonlyMap<string, ReadonlyMap<string, SkillGuard>>;
}
let guardIndex: GuardIndex | null = null;

function guards(): GuardIndex {
  if (guardIndex) return guardIndex;
  const byAlias = new Map<string, SkillGuard>();
  const bySkill = new Map<string, Map<string, SkillGuard>>();
  // Neither a name nor an alias holds "|" (the table is split on it): the first "|" ends the name.
  for (const [key, guard] of Object.entries({ ...SKILL_GUARDS, ...PROFESSION_GUARDS, ...COVERAGE_GUARDS })) {
    const bar = key.indexOf('|');
    if (bar < 0) {
      byAlias.set(key, guard);
      continue;
    }
    const name = key.slice(0, bar);
    const ofSkill = bySkill.get(name) ?? new Map<string, SkillGuard>();
    ofSkill.set(key.slice(bar + 1), guard);
    bySkill.set(name, ofSkill);
  }
  guardIndex = { byAlias, bySkill };
  return guardIndex;
}

/** The guard keyed "Name|alias", else "alias", else "Name|*" (the order the taxonomy's comments describe). */
function guardOf(name: string, alias: string): SkillGuard | undefined {
  const { byAlias, bySkill } = guards();
  const ofSkill = bySkill.get(name);
  return ofSkill?.get(alias) ?? byAlias.get(alias) ?? ofSkill?.get('*');
}

/** Whether an alias has a guard of its own ("Name|alias" or "alias"), not counting "Name|*". */
function hasOwnGuard(name: string, alias: string): boolean {
  const { byAlias, bySkill } = guards();
  return byAlias.has(alias) || Boolean(bySkill.get(name)?.has(alias));
}

/** British and American spellings of one word: "optimisation" / "optimization", "modelling" / "modeling". */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // Also inside a longer word: "organisational", "realisations".
  [/isation/g, 'ization'],
  [/ization/g, 'isation'],
  [/is(e|ed|es|ing)\b/g, 'iz$1'],
  [/iz(e|ed|es|ing)\b/g, 'is$1'],
  [/elling\b/g, 'eling'],
  [/([^e])eling\b/g, '$1elling'],
  [/([a-z]{2}[^hy])our\b/g, '$1or'],
  [/ior\b/g, 'iour'],
  [/yse\b/g, 'yze'],
  [/yze\b/g, 'yse'],
  [/licence\b/g, 'license'],
  [/license\b/g, 'licence'],
  [/\b(cent|theat)re\b/g, '$1er'],
  [/\b(cent|theat)er\b/g, '$1re'],
  [/ogue\b/g, 'og'],
  [/defence\b/g, 'defense'],
  [/defense\b/g, 'defence'],
  // Literal word starts, so the combined test (`ANY_SPELLING`) stays cheap on every alias.
  [/paed/g, 'ped'],
  [/\bpediatr/g, 'paediatr'],
  [/\banaes/g, 'anes'],
  [/\banesth/g, 'anaesth'],
  [/\bhaem/g, 'hem'],
  [/\bhem(at|o[dgp])/g, 'haem$1'],
];

/**
 * The other spelling (British / American) of a common-noun alias, or null when it has none. Names
 * and acronyms keep their exact form.
 */
export function otherSpellingOf(alias: string): string | null {
  // "Performance optimization" is a common noun; "OAuth" or "ServiceNow" is a name.
  const lower = alias.toLowerCase();
  if (!/^[a-z][a-z\s-]{4,}$/.test(lower) || alias.slice(1) !== lower.slice(1)) return null;
  // Most words have no such ending: one test before trying each replacement.
  if (!ANY_SPELLING.test(lower)) return null;
  for (const [pattern, replacement] of SPELLINGS) {
    const changed = lower.replace(pattern, replacement);
    if (changed !== lower) return changed;
  }
  return null;
}

/** Whether any of `SPELLINGS` applies (a replacement changes a word only where its pattern matches). */
const ANY_SPELLING = new RegExp(SPELLINGS.map(([pattern]) => pattern.source).join('|'));

/** The nouns of a skill that duties write as a verb ("risk management" → "managing risks"). */
const VERB_NOUNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['management', ['managing', 'manage']],
  ['optimization', ['optimizing', 'optimize', 'optimising', 'optimise']],
];

/**
 * "X management" or "X optimization" is also written as a verb, as a job's duties are: "managing
 * risk", "managing projects", "optimizing queries".
 */
export function verbFormsOf(alias: string): string[] {
  const match = /^([a-z][a-z\s-]{2,}) ([a-z]+)$/.exec(alias.toLowerCase());
  const verbs = VERB_NOUNS.find(([noun]) => noun === match?.[2])?.[1];
  const object = match?.[1];
  if (!verbs || !object || object.endsWith('s')) return [];
  const plural = pluralOf(object) ?? object;
  return [...new Set(verbs.flatMap((verb) => [`${verb} ${object}`, `${verb} ${plural}`]))];
}

/**
 * The plural of a common-noun alias written in lower case ("heat pump" → "heat pumps", "policy" →
 * "policies"), so postings need not use the taxonomy's number. Names (capitalised), acronyms and
 * guarded aliases keep their exact form.
 */
export function pluralOf(alias: string): string | null {
  // A one-word common noun in sentence case ("Fermentation") has a plural too; a name ("Packer") has none.
  if (/^[A-Z][a-z]{3,}(?:tion|sion|ment|ance|ence|ity|ogy|ure|age)$/.test(alias)) return pluralOf(alias.toLowerCase());
  const last = /(?:^|[\s-])([a-z]{3,})$/.exec(alias)?.[1];
  if (!last || /(?:s|ing|ed|ware|data|ness)$/.test(last)) return null;
  if (/[^aeiou]y$/.test(last)) return `${alias.slice(0, -1)}ies`;
  if (/(?:x|ch|sh)$/.test(last)) return `${alias}es`;
  return `${alias}s`;
}

/** A name of two capitalised words written as one ("JavaScript", "SharePoint"); a short first part ("MySQL", "iOS") is no word. */
const CAMEL_PAIR = /^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$/;

/** A vendor's certification ending in "+" is named without the vendor too: "CompTIA Security+" → "Security+". */
const VENDOR_CERTIFICATION = /^CompTIA\s+(\S+\+)$/;

/** The words after a leaf of the trie: none. Most nodes are leaves, and they share this one empty map (never written). */
const LEAF: Map<string, TrieNode> = new Map();
const LANGUAGE_GUARD: SkillGuard = { lineContext: LANGUAGE_CONTEXT };
const AS_WRITTEN: SkillGuard = { caseSensitive: true };

/** Lines of the table added between two pauses of a build in slices (about a millisecond's work). */
const LINES_PER_STEP = 64;

/**
 * Builds the matcher; it pauses (yields) every few table lines, so a caller may spread the build
 * over several turns of the event loop (`prepareSkillMatcher`). Paused or not, the result is the same.
 */
function* buildMatcher(): Generator<void, SkillMatcher> {
  const skills: Skill[] = [];
  const root: TrieNode = { next: new Map(), terminals: [] };
  const byAlias = new Map<string, number>();
  const contextualAliases = new Set<string>();
  /** Names written apart ("Java Script"): only as capitalised as the name, so "pager duty" is no PagerDuty. */
  const camelApart = new Set<string>();
  const add = (skill: Skill): void => {
    const index = skills.length;
    skills.push(skill);
    for (const alias of skill.aliases) {
      const tokens = tokenize(alias);
      if (!tokens.length) continue;
      const lower = alias.toLowerCase();
      // A guard keyed "Name|alias" is for that skill's alias only (two skills share "EMR"); "Name|*" for
      // every alias of the skill that has no guard of its own ("Work permits" in eight languages).
      const guard =
        guardOf(skill.name, alias) ??
        (skill.category === 'spoken-language' ? LANGUAGE_GUARD : camelApart.has(alias) ? AS_WRITTEN : undefined);
      // For a name the user typed, an alias that only counts in some contexts yields to one that always does.
      const contextual = Boolean(guard?.lineContext ?? guard?.context);
      if (!byAlias.has(lower) || (!contextual && contextualAliases.has(lower))) {
        byAlias.set(lower, index);
        if (contextual) contextualAliases.add(lower);
        else contextualAliases.delete(lower);
      }
      let node = root;
      for (const token of tokens) {
        let next = node.next.get(token.key);
        if (!next) {
          next = { next: LEAF, terminals: [] };
          if (node.next === LEAF) node.next = new Map();
          node.next.set(token.key, next);
        }
        node = next;
      }
      // A language's name is also an adjective ("German company"): it counts near language words only.
      node.terminals.push({ skill: index, raw: tokens.map((token) => token.raw), guard: compileGuard(guard) });
    }
  };
  const table = [...SKILL_TABLE, ...PROFESSION_SKILLS, ...COVERAGE_SKILLS].map(
    ([category, block]) =>
      [
        category,
        block.split('\n').map((line) => {
          const aliases = line
            .split('|')
            .map((alias) => alias.trim())
            .filter(Boolean);
          // More words for a skill of the other table, written by profession ("Customer service" in Finnish).
          const more = [PROFESSION_ALIASES[aliases[0] ?? ''], COVERAGE_ALIASES[aliases[0] ?? '']]
            .filter(Boolean)
            .join('|');
          return more ? [...aliases, ...more.split('|').map((alias) => alias.trim())] : aliases;
        }),
      ] as const,
  );
  yield;
  const written = new Set(table.flatMap(([, lines]) => lines.flat().map((alias) => alias.toLowerCase())));
  yield;
  let added = 0;
  for (const [category, lines] of table) {
    for (const aliases of lines) {
      if (++added % LINES_PER_STEP === 0) yield;
      const name = aliases[0];
      if (!name) continue;
      const unguarded = guards().bySkill.get(name)?.has('*')
        ? []
        : aliases.filter((alias) => !hasOwnGuard(name, alias));
      const spellings = unguarded.map(otherSpellingOf).filter((alias): alias is string => alias !== null);
      const variants = spellings.length ? [...unguarded, ...spellings] : unguarded;
      // Every alias once, in this order, none the table already writes (in any case).
      const all = [...aliases];
      const kept = new Set<string>();
      const keep = (alias: string): void => {
        if (kept.has(alias) || written.has(alias.toLowerCase())) return;
        kept.add(alias);
        all.push(alias);
      };
      spellings.forEach(keep);
      // "Health and safety" is also written "Health & Safety".
      for (const alias of variants) if (/ and /i.test(alias)) keep(alias.replace(/ and /gi, ' & '));
      for (const alias of variants) {
        const plural = pluralOf(alias);
        if (plural !== null) keep(plural);
      }
      for (const alias of variants) verbFormsOf(alias).forEach(keep);
      // "JavaScript" is also written "Java Script", "PowerShell" "Power Shell".
      for (const alias of unguarded) {
        const parts = CAMEL_PAIR.exec(alias);
        if (parts) {
          const apart = `${parts[1]} ${parts[2]}`;
          keep(apart);
          camelApart.add(apart);
        }
      }
      // "Unit testing" is also "unit tests", "an end-to-end test suite".
      for (const alias of variants) {
        if (!/ testing$/i.test(alias)) continue;
        const stem = alias.slice(0, -' testing'.length);
        keep(`${stem} tests`);
        keep(`${stem} test`);
      }
      for (const alias of aliases) {
        const vendorless = VENDOR_CERTIFICATION.exec(alias)?.[1];
        if (vendorless) keep(vendorless);
      }
      add({ name, category, aliases: all, soft: false });
    }
  }
  for (const line of SOFT_SKILLS) {
    const aliases = line
      .split('|')
      .map((alias) => alias.trim())
      .filter(Boolean);
    const name = aliases[0];
    if (name) add({ name, category: 'soft-skill', aliases, soft: true });
  }
  const standalone = new Set(
    STANDALONE_INSIDE.map((name) => skills.findIndex((skill) => skill.name === name)).filter((index) => index >= 0),
  );
  const scoped = new Set(
    SCOPED_SKILLS.map((name) => skills.findIndex((skill) => skill.name === name)).filter((index) => index >= 0),
  );
  const standaloneStarts = new Set(
    [...standalone].flatMap((index) => skills[index]?.aliases.map((alias) => tokenize(alias)[0]?.key ?? '') ?? []),
  );
  return { skills, root, byAlias, standalone, standaloneStarts, scoped, duties: dutyIndex(skills) };
}

/**
 * The duty verbs of every skill named "<object> <duty noun>" in lower case ("refund processing",
 * "appointment scheduling"), unguarded: each verb form → the skills and their object words.
 */
function dutyIndex(skills: readonly Skill[]): Map<string, DutyObject[]> {
  const index = new Map<string, DutyObject[]>();
  const verbsOf = new Map(Object.entries(DUTY_VERBS).map(([noun, verbs]) => [noun, verbs.split('|')]));
  skills.forEach((skill, at) => {
    if (skill.soft) return;
    const seen = new Set<string>();
    for (const alias of skill.aliases) {
      if (!verbsOf.has(alias.slice(alias.lastIndexOf(' ') + 1).toLowerCase())) continue;
      // Common nouns only: "Refund processing", not "SAP processing" or a guarded short name.
      if (alias.slice(1) !== alias.slice(1).toLowerCase() || hasOwnGuard(skill.name, alias)) continue;
      const words = alias.toLowerCase().split(/[\s-]+/);
      const noun = words.pop() ?? '';
      const verbs = verbsOf.get(noun);
      if (!verbs || !words.length || words.length > 3 || words.some((word) => !/^\p{L}{2,}$/u.test(word))) continue;
      const key = `${words.join(' ')} ${noun}`;
      if (seen.has(key) || /^(?:and|or|of|the|data)$/.test(words[0] ?? '')) continue;
      seen.add(key);
      for (const verb of verbs) {
        const list = index.get(verb) ?? [];
        list.push({ skill: at, object: words });
        index.set(verb, list);
      }
    }
    for (const alias of skill.aliases) {
      const headFirst = headFirstDuty(skill.name, alias);
      if (!headFirst || seen.has(headFirst.key)) continue;
      seen.add(headFirst.key);
      for (const verb of headFirst.verbs) {
        const list = index.get(verb) ?? [];
        list.push({ skill: at, object: headFirst.object });
        index.set(verb, list);
      }
    }
  });
  return index;
}

const headFirstVerbs: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(HEAD_FIRST_DUTY_VERBS).map(([noun, verbs]) => [noun, verbs.split('|')]),
);
const dutyFunctionWords: ReadonlySet<string> = new Set(DUTY_FUNCTION_WORDS.split('|'));

/**
 * The verbs and object of a Romance duty noun written before its object: "rédaction de contrats" →
 * rédiger + contrats, "gestión de proyectos" → gestionar + proyectos. Common nouns only, with a
 * preposition (or an elided one) between noun and object, so "gestion administrative" is no duty.
 */
function headFirstDuty(
  name: string,
  alias: string,
): { key: string; verbs: readonly string[]; object: readonly string[] } | null {
  const lower = alias.toLowerCase();
  const space = lower.indexOf(' ');
  const verbs = space > 0 ? headFirstVerbs.get(lower.slice(0, space)) : undefined;
  if (!verbs || alias.slice(1) !== lower.slice(1) || hasOwnGuard(name, alias)) return null;
  const words = tokenize(lower).map((token) => token.key);
  let from = 1;
  while (from < words.length && dutyFunctionWords.has(words[from] ?? '')) from++;
  const object = words.slice(from);
  const elided = /^\S+\s+[dl]['’]/.test(lower);
  if ((from === 1 && !elided) || !object.length || object.length > 2) return null;
  if (object.some((word) => !/^\p{L}{2,}$/u.test(word) || dutyFunctionWords.has(word))) return null;
  return { key: `${words[0]} ${object.join(' ')}`, verbs, object };
}

/** The company or a product as the subject of a duty verb. */
const DUTY_SUBJECT = /\b(?:we|our\s+\w+|which|that|it|they|company|platform)\s+(?:\w+\s+)?$/i;
const DUTY_CONJUNCTION = /^(?:and|or|und|oder|et|ou|y|o)$/;
const DUTY_DETERMINER = /\b(?:our|the|a|an|your|their|its|this|that)\s+$/i;

const DUTY_PREPOSITION = /\b(?:in|within|inside|into|of|from|for)\s+$/i;

/** How many words may stand between a duty verb and its object ("verify dental insurance eligibility"). */
const DUTY_REACH = 4;
/**
 * "Manage all office accounting tasks": an object followed by a noun or two and a word for tasks is a
 * modifier of those tasks, not what the verb acts on.
 */
const DUTY_OBJECT_MODIFIES =
  /^[ -](?:[\p{L}-]+ ){1,2}(?:tasks|duties|activities|functions|matters|tâches|tareas|taken|uppgifter|opgaver|oppgaver|compiti|tarefas)\b/iu;

/**
 * A word as its object noun, in either number: "parcels" → "parcel", "deliveries" → "delivery", "contrat"
 * → "contrats", Italian "contratto" → "contratti", "fattura" → "fatture".
 */
function sameNoun(word: string, noun: string): boolean {
  if (word === noun) return true;
  if (word === `${noun}s` || word === `${noun}es` || noun === `${word}s` || noun === `${word}es`) return true;
  if (noun.endsWith('y') && word === `${noun.slice(0, -1)}ies`) return true;
  const [shorter, longer] = word.length <= noun.length ? [word, noun] : [noun, word];
  return (
    shorter.length === longer.length &&
    shorter.length > 4 &&
    shorter.slice(0, -1) === longer.slice(0, -1) &&
    /[oaei]/.test(shorter.slice(-1)) &&
    /[ie]/.test(longer.slice(-1))
  );
}

/**
 * Skills a line names as a duty, a verb and its object: "Process refunds and reshipments" → Refund
 * processing, "Schedule and confirm appointments" → Appointment scheduling. The object follows within
 * a few words, in the same clause.
 */
function dutyMentions(tokens: readonly Token[], line: string, named: readonly SkillMention[]): SkillMention[] {
  const { duties } = skillMatcher();
  const found: SkillMention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const verb = tokens[at];
    const objects = verb ? duties.get(verb.key) : undefined;
    if (!verb || !objects) continue;
    const before = line.slice(Math.max(0, verb.start - 24), verb.start);
    // "We process $2B in payments" tells what the company does, not the hire's duty; "report to the
    // maintenance manager" is a reporting line; "our forecasting pipeline", "capacity planning for
    // peak events": the -ing word is part of a noun, not a verb.
    if (DUTY_SUBJECT.test(before) || /^to$/i.test(tokens[at + 1]?.key ?? '')) continue;
    if (verb.key.endsWith('ing') && DUTY_DETERMINER.test(before)) continue;
    // "Work in clean rooms": after a preposition the word is an adjective or a noun, not the duty's verb.
    if (!verb.key.endsWith('ing') && DUTY_PREPOSITION.test(before)) continue;
    // A verb inside a longer name ("process improvement") is no duty's verb; a verb that is a name on its own
    // ("Install" beside lighting: electrical installation) still takes its objects ("… lighting": lighting installation).
    const inside = (mention: SkillMention): boolean =>
      mention.start <= verb.start && verb.end <= mention.end && mention.end - mention.start > verb.end - verb.start;
    if (named.some(inside)) continue;
    let matched = false;
    // Articles and prepositions take no part of the reach: "Rédiger et mettre à jour les contrats".
    let words = 0;
    for (let from = at + 1; from < tokens.length; from++) {
      if (!dutyFunctionWords.has(tokens[from]?.key ?? '') && ++words > DUTY_REACH + 1) break;
      // The clause ends at a sentence mark or a bracket; a conjunction ends it after an object ("managing
      // projects and programs"), not before one ("book, confirm and reschedule appointments").
      const gap = line.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0);
      if (/[.;:!?()]/.test(gap)) break;
      // "You manage up and across, flagging risks": a participle after a comma opens a clause of its own
      // ("Install panels, lighting and …": an object of the verb is no participle).
      const word = tokens[from]?.key ?? '';
      if (gap.includes(',') && !verb.key.endsWith('ing') && word.endsWith('ing')) {
        if (!objects.some(({ object }) => object[0] === word)) break;
      }
      if (matched && DUTY_CONJUNCTION.test(tokens[from - 1]?.key ?? '')) break;
      for (const { skill, object } of objects) {
        if (found.some((mention) => mention.skill === skill)) continue;
        const matches = object.every((word, offset) => {
          const token = tokens[from + offset];
          if (!token) return false;
          if (offset > 0 && !/^[\s-]{1,2}$/.test(line.slice(tokens[from + offset - 1]?.end ?? 0, token.start)))
            return false;
          return offset === object.length - 1 ? sameNoun(token.key, word) : token.key === word;
        });
        const objectEnd = tokens[from + object.length - 1]?.end ?? 0;
        if (matches && !DUTY_OBJECT_MODIFIES.test(line.slice(objectEnd, objectEnd + 60))) {
          found.push({ skill, start: verb.start, end: tokens[from + object.length - 1]?.end ?? verb.end });
          matched = true;
        }
      }
    }
  }
  return found;
}

let matcher: SkillMatcher | null = null;
/** A build `prepareSkillMatcher` started and has not finished. */
let building: Generator<void, SkillMatcher> | null = null;

/** The taxonomy compiled into one token trie, built once on first use (a build in slices is finished at once). */
export function skillMatcher(): SkillMatcher {
  if (!matcher) {
    const steps = building ?? buildMatcher();
    let step = steps.next();
    while (!step.done) step = steps.next();
    matcher = step.value;
    building = null;
  }
  return matcher;
}

/**
 * Builds the matcher in the background of an event loop: slices of about `sliceMs`, each a separate
 * task, so the messages and script results that arrive meanwhile are handled between two slices
 * (the background builds it while the page runs the capture script; built in one go, it held up the
 * capture's replies for 100–600 ms). `skillMatcher()` finishes it at once if it is needed sooner.
 */
export function prepareSkillMatcher(sliceMs = 8): void {
  if (matcher || building) return;
  building = buildMatcher();
  const slice = () => {
    if (!building) return;
    const until = performance.now() + sliceMs;
    do {
      const step = building.next();
      if (step.done) {
        matcher = step.value;
        building = null;
        return;
      }
    } while (performance.now() < until);
    setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}

/** Accepted, refused, or accepted only beside other skills in a list ("Spark, Ray and Dask"). */
type Verdict = 'yes' | 'no' | 'in-list';

/**
 * What a guard's whole-line expressions said about one line: many aliases share one context (every
 * spoken language, every monitoring tool), so a line is read once per expression (none has a g or y flag).
 */
type LineTests = Map<RegExp, boolean>;

function testsLine(pattern: RegExp, line: string, tested: LineTests): boolean {
  let result = tested.get(pattern);
  if (result === undefined) {
    result = pattern.test(line);
    tested.set(pattern, result);
  }
  return result;
}

function accepts(
  terminal: Terminal,
  tokens: readonly Token[],
  from: number,
  to: number,
  line: string,
  tested: LineTests,
): Verdict {
  const guard = terminal.guard;
  if (!guard) return 'yes';
  if (guard.caseSensitive) {
    for (let index = 0; index < terminal.raw.length; index++) {
      if (tokens[from + index]?.raw !== terminal.raw[index]) return 'no';
    }
  }
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to]?.end ?? 0;
  if (guard.notBefore?.test(line.slice(end, end + 30))) return 'no';
  if (guard.notAfter?.test(line.slice(Math.max(0, start - 30), start))) return 'no';
  if (guard.lineContext && !testsLine(guard.lineContext, line, tested)) return 'no';
  if (guard.context && !testsLine(guard.context, line, tested)) return 'in-list';
  return 'yes';
}

export interface SkillMention {
  skill: number;
  start: number;
  end: number;
}

/** The skill an unguarded alias spelled by these token keys names, or null ("tailwind css" → Tailwind CSS). */
function plainSkillOf(keys: readonly string[]): number | null {
  let node: TrieNode | undefined = skillMatcher().root;
  for (const key of keys) node = node?.next.get(key);
  return node?.terminals.find((terminal) => terminal.guard === null)?.skill ?? null;
}

/**
 * The skill of a hyphenated compound rebuilt from its parts ("frontend-entwicklung"): an unguarded alias,
 * or a guarded one whose context the compound itself holds (the guard of "frontend" asks for a development word).
 */
function compoundSkillOf(keys: readonly string[]): number | null {
  const node = skillMatcher().root.next.get(keys[0] ?? '');
  const compound = keys.join('-');
  const terminal = node?.terminals.find(
    (candidate) =>
      candidate.guard === null ||
      (!candidate.guard.caseSensitive && candidate.guard.lineContext?.test(compound) && !candidate.guard.context),
  );
  return terminal?.skill ?? plainSkillOf(keys);
}

/** "batch and streaming pipelines", "unit- and integration tests": a word joined to the first word of a multi-word alias. */
const ELLIPSIS_JOIN = /^-?\s*(?:,|\/|&|and|or|und|oder|et|ou|y|o)\s*$/i;

/**
 * The skill of "A … B C" read as "A C" when "B C" is an alias: "batch and streaming pipelines" → batch
 * pipelines, "unit and end-to-end tests" → unit tests.
 */
function ellipsisMention(tokens: readonly Token[], from: number, to: number, line: string): SkillMention | null {
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
function headFirstMention(tokens: readonly Token[], from: number, to: number, line: string): SkillMention | null {
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
function coordinatedMentions(tokens: readonly Token[], line: string, named: readonly SkillMention[]): SkillMention[] {
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

/** A conjunction after a truncated first half of a compound: "Termin- und Kostenkontrolle", "in- en verkoop". */
const COMPOUND_CONJUNCTION = /^(?:und|oder|sowie|bzw|en|of|och|eller|og|samt)$/i;

/**
 * German, Dutch and Scandinavian compounds that share their last part: "Grund- und Behandlungspflege"
 * is Grundpflege and Behandlungspflege, "Termin- und Kostenkontrolle" is Terminkontrolle and
 * Kostenkontrolle. The truncated word, joined to the tail of the whole compound after it, is read as
 * an alias.
 */
function truncatedCompoundMentions(tokens: readonly Token[], line: string): SkillMention[] {
  const found: SkillMention[] = [];
  for (let at = 0; at + 1 < tokens.length; at++) {
    const head = tokens[at];
    if (!head || !/^-[\s,]*$/.test(line.slice(head.end, tokens[at + 1]?.start ?? 0))) continue;
    // The whole compound: the next word that is neither a conjunction nor another truncated word; it
    // may go on with a hyphen ("Front- und Backend-Entwicklung": Frontend-Entwicklung).
    let whole: Token | undefined;
    let rest: string[] = [];
    for (let next = at + 1; next <= at + 4 && next < tokens.length; next++) {
      const token = tokens[next];
      if (!token || COMPOUND_CONJUNCTION.test(token.key)) continue;
      if (/^-[^\p{L}\p{N}]|^-$/u.test(line.slice(token.end, token.end + 2))) continue;
      whole = token;
      for (let part = next; line.slice(tokens[part]?.end ?? 0, tokens[part + 1]?.start ?? 0) === '-'; part++)
        rest.push(tokens[part + 1]?.key ?? '');
      break;
    }
    if (!whole) continue;
    // A short shared ending is enough when more of the compound follows ("Back|end-Entwicklung").
    const shortest = rest.length ? 3 : 4;
    for (let cut = 2; cut <= whole.key.length - shortest; cut++) {
      const glued = head.key + whole.key.slice(cut);
      const skill = (rest.length ? compoundSkillOf([glued, ...rest]) : null) ?? plainSkillOf([glued]);
      if (skill !== null) {
        found.push({ skill, start: head.start, end: head.end });
        break;
      }
    }
    rest = [];
  }
  return found;
}

/**
 * The second part of a German, Dutch or Scandinavian compound whose first part may be a skill:
 * "Simulationsumgebung", "Pythonkenntnisse", "SQL-ervaring" (a hyphen splits those already).
 */
const COMPOUND_HEAD =
  /^s?(?:kenntniss?e[n]?|erfahrung(?:en)?|umgebung(?:en)?|system(?:e|en)?|software|entwicklung|entwickler(?:in)?|prozesse?|kennis|ervaring|kunskap(?:er)?|erfarenhet|erfaring|kendskab|osaaminen|tools?|plattform(?:en)?|projekte?n?|programm(?:e|en)?|analysen?|technik|technologien?|umfeld|bereich|kompetenz(?:en)?|verfahren|lösungen|anwendung(?:en)?|modelle?|pipelines?|stack|frameworks?|werkzeuge|omgeving(?:en)?|ontwikkeling|ontwikkelaar|utveckling|utvecklare|udvikling|udvikler|miljö|miljø|kurse?|schulung(?:en)?|zertifi(?:kat|zierung)|certificering|certifiering|programmering|programmierung)$/;

/** A compound word that starts with a skill's one-word alias: "Simulationsumgebung" → Simulation. */
function compoundPrefixSkill(token: Token): number | null {
  const key = token.key;
  if (key.length < 11 || !/^\p{L}+$/u.test(key)) return null;
  for (let cut = key.length - 4; cut >= 4; cut--) {
    if (!COMPOUND_HEAD.test(key.slice(cut))) continue;
    const skill = plainSkillOf([key.slice(0, cut)]);
    if (skill !== null) return skill;
  }
  return null;
}

/**
 * Polish and Czech case endings on a name ("z Grafaną i Prometheusem", "w Jirze", "Dockera"), and
 * Finnish ones ("Pythonista", "Jirassa", "Kubernetesin"), longest first.
 */
const SLAVIC_CASE = [
  'ista',
  'istä',
  'issa',
  'issä',
  'illa',
  'illä',
  'ille',
  'iem',
  'sta',
  'stä',
  'ssa',
  'ssä',
  'lla',
  'llä',
  'lle',
  'iin',
  'ksi',
  'owi',
  'em',
  'om',
  'ie',
  'ia',
  'in',
  'ou',
  'ą',
  'ę',
  'u',
  'a',
  'ä',
  'y',
  'e',
  'n',
];

/**
 * The skill of a name that is also an ordinary word, guarded only by its capital ("Swift", "Rust"):
 * written with that capital and a case ending glued on ("Swiftillä"), it is the name, as an ordinary
 * word would not take a Finnish or Polish ending.
 */
function capitalisedNameSkill(raw: string): number | null {
  const node = skillMatcher().root.next.get(raw.toLowerCase());
  const terminal = node?.terminals.find(
    ({ guard, raw: written }) =>
      guard?.caseSensitive &&
      !guard.notBefore &&
      !guard.notAfter &&
      !guard.lineContext &&
      written.length === 1 &&
      written[0] === raw,
  );
  return terminal?.skill ?? null;
}

/**
 * A product's name declined as Polish and Czech decline it ("Grafaną", "Prometheusem", "Kubernetesem"):
 * the name without its case ending, when that is a one-word unguarded alias written as a name.
 */
function declinedNameSkill(token: Token): number | null {
  if (!/^\p{Lu}/u.test(token.raw) || token.key.length < 5) return null;
  for (const ending of SLAVIC_CASE) {
    if (!token.key.endsWith(ending)) continue;
    const stem = token.key.slice(0, -ending.length);
    // A name in -a takes -y, -ie, -ę, -ą, -u in Polish and Czech, never a bare -e: "State" is not "Stata".
    for (const name of ending === 'e' ? [stem] : [stem, `${stem}a`]) {
      // "Gitin" (Finnish "of Git"): a three-letter name with a case ending of two letters or more.
      if (name.length < (ending.length >= 2 ? 3 : 4)) continue;
      // A name guarded by its capital only with a Finnish or Polish ending of three letters or more
      // ("Swiftillä"); a shorter one is German too ("Chefin", "Segmente").
      const skill =
        plainSkillOf([name]) ?? (ending.length >= 3 ? capitalisedNameSkill(token.raw.slice(0, name.length)) : null);
      const written = skill === null ? undefined : skillMatcher().skills[skill];
      // Names only: "Grafana", "Prometheus", not a common noun's other form.
      if (written?.aliases.some((alias) => alias.toLowerCase() === name && /^\p{Lu}/u.test(alias))) return skill;
    }
  }
  return null;
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
    ...dutyMentions(tokens, line, mentions),
    ...truncatedCompoundMentions(tokens, line),
    ...coordinatedMentions(tokens, line, mentions),
  ]) {
    if (
      !mentions.some((mention) => mention.skill === duty.skill) &&
      !implied.some((other) => other.skill === duty.skill)
    )
      implied.push(duty);
  }
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

/** A sentence's end: a stop, semicolon or mark followed by a space, or a semicolon. */
const SENTENCE_END = /[.!?](?=\s)|;/g;

/**
 * The stretches of a line that say a skill is not needed ("Dutch is not required", "no Kubernetes
 * experience needed", "SAP n'est pas obligatoire"): from the sentence's start to the cue's end. A
 * sentence that also welcomes the skill ("a plus but not required") asks for it as a nice-to-have.
 */
export function notRequiredSpans(text: string): Array<readonly [number, number]> {
  if (!NOT_REQUIRED_CUE.test(text)) return [];
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (const end of [...Array.from(text.matchAll(SENTENCE_END), (match) => match.index + 1), text.length]) {
    const sentence = text.slice(start, end);
    const cue = NOT_REQUIRED_CUE.exec(sentence);
    if (cue && !NOT_REQUIRED_WELCOME.test(sentence)) spans.push([start, start + cue.index + cue[0].length]);
    start = end;
  }
  return spans;
}

/** How much a mention counts, by where it sits. About-the-company and benefits do not count. */
const SECTION_WEIGHT: Readonly<Record<LineSection | 'title', number>> = {
  title: 5,
  requirements: 3,
  responsibilities: 2,
  preferred: 1.5,
  overview: 1,
  compensation: 0,
  about: 0,
  benefits: 0,
};
/** Named tools and languages say more about a job than broad fields that recur in every line. */
const CONCRETE_CATEGORIES: ReadonlySet<string> = new Set([
  'programming-language',
  'frontend',
  'backend-framework',
  'database',
  'mobile',
]);
const CONCRETE_BOOST = 1.3;
/**
 * A field of work named by the title ("Registered Nurse" → Nursing, "ML Engineer" → Machine learning)
 * weighs like one must-have line, not like the title: what the posting asks for ranks above it.
 */
const BROAD_TITLE_WEIGHT = 3;
const broadSkills: ReadonlySet<string> = new Set(BROAD_SKILLS);
const generalSkills: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(GENERAL_SKILLS));
/** A spoken language is rarely what a posting is about. */
const LANGUAGE_WEIGHT = 0.5;
/** Working conditions and basic office abilities are asked for, but say little about the job. */
const lowSignalSkills: ReadonlySet<string> = new Set(LOW_SIGNAL_SKILLS);
const REQUIRED_SECTIONS: ReadonlySet<LineSection | 'title'> = new Set(['title', 'requirements', 'responsibilities']);

export interface RankedSkills {
  skills: SummarySkill[];
  softSkills: string[];
}

/**
 * A field of work named as a team ("the Data Engineering team", "time de Engenharia de Dados", "our
 * Data & Analytics group", "teams including Data Science", "eng mit UX-Design zusammen") is who the
 * hire works with, not what the posting asks for.
 */
const TEAM_AFTER = /^[\s-]*(?:teams?|group|department|squad|chapter|org|organi[sz]ation|guild|Team|Abteilung)\b/i;
const TEAM_BEFORE =
  /\b(?:(?:time|equipo|équipe|equipe|team|squad|área|departamento|département|Abteilung|afdeling|avdelningen|reparto|zespół|zespołem)\s+(?:de\s+|d['’]|des\s+|du\s+|di\s+|del\s+|van\s+|of\s+)?|teams\s+(?:including|such\s+as|like)\s+|(?:closely|eng)\s+(?:with|mit)\s+(?:the\s+|our\s+|dem\s+|der\s+|unserem\s+|unserer\s+)?)$/i;

/**
 * A field of work named as the people the hire works beside ("Samarbejde med sygeplejersker og terapeuter",
 * "collaborate with doctors, nurses and therapists", "in Zusammenarbeit mit Ärzten"): colleagues, not a skill.
 * The phrase may precede up to two other items of the list.
 */
const COLLEAGUES_BEFORE =
  /\b(?:collaborat\w*\s+with|partner(?:s|ing)?\s+with|liais\w*\s+with|alongside|together\s+with|in\s+(?:close\s+)?collaboration\s+with|samarbe[jt]de\s+med|samarbeid\s+med|samarbete\s+med|i\s+team\s+med|(?:in\s+)?Zusammenarbeit\s+mit|en\s+collaboration\s+avec|en\s+lien\s+avec|in\s+collaborazione\s+con|en\s+colaboración\s+con|em\s+colaboração\s+com|in\s+samenwerking\s+met)\s+(?:the\s+|our\s+|den\s+|de\s+|les\s+|dem\s+|den\s+)?(?:[A-Za-zÀ-ÿ-]+(?:\s*,\s*|\s+(?:and|og|och|und|et|y|e|en)\s+)){0,2}$/i;

function namesATeam(text: string, start: number, end: number): boolean {
  return (
    TEAM_AFTER.test(text.slice(end, end + 20)) ||
    TEAM_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    COLLEAGUES_BEFORE.test(text.slice(Math.max(0, start - 60), start))
  );
}

/** The employer's name as written in postings: in full, and without a legal suffix ("Kiezkasse GmbH" → "Kiezkasse"). */
function employerNames(company: string | null): string[] {
  const full = company?.trim().toLowerCase() ?? '';
  if (full.length < 2) return [];
  const short = full.replace(LEGAL_SUFFIX, '').trim();
  return short && short !== full && short.length >= 2 ? [full, short] : [full];
}

/** Where the employer's name occurs in a line, as [start, end) character spans. */
function spansOf(text: string, names: readonly string[]): Array<readonly [number, number]> {
  if (!names.length) return [];
  const lower = text.toLowerCase();
  const spans: Array<readonly [number, number]> = [];
  for (const name of names) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length))
      spans.push([at, at + name.length]);
  }
  return spans;
}

/** An article before a company's name at a sentence's start. */
const NAME_ARTICLE = /^(?:the|a|o|la|le|el|il|lo|de|het|die|der|das)\s+|^l['’]/i;

/** Up to four more capitalised words of a company's name, or their joiners: " Almendral", " & Zonen". */
const NAME_TAIL = /^(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|&|de|van|der|di|del|da|do|y|e|and|und|et)){0,4}/u;

/**
 * The sentences of an overview line that tell what the employer does: its name at the sentence's start,
 * then a verb of its business or an apposition (`EMPLOYER_BUSINESS`). "Tallyhive builds invoicing
 * software" asks no invoicing of the hire.
 */
function employerBusinessSpans(text: string, company: string | null): Array<readonly [number, number]> {
  const names = employerNames(company);
  // Its first word alone ("Quillfield" of "Quillfield Analytics"), when it is no ordinary short word.
  const first = names[0]?.split(/\s+/)[0] ?? '';
  if (first.length >= 4 && first !== names[0]) names.push(first);
  // An agency's posting names the employer "our client": its trade is no more the hire's skill.
  names.push(...EMPLOYER_STAND_INS);
  const lower = text.toLowerCase();
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (const end of [...Array.from(text.matchAll(SENTENCE_END), (match) => match.index + 1), text.length]) {
    let from = start + (/^\s*/.exec(text.slice(start, end))?.[0].length ?? 0);
    let name = names.find((candidate) => lower.startsWith(candidate, from));
    // "A Mercantil Ipê tem 140 lojas", "Die Rheintal GmbH vertreibt": an article before the name.
    const article = name ? 0 : (NAME_ARTICLE.exec(text.slice(from, end))?.[0].length ?? 0);
    if (article) {
      from += article;
      name = names.find((candidate) => lower.startsWith(candidate, from));
    }
    // The name as the sentence writes it may go on past the words the company field holds ("Grupo Almendral").
    const rest = name ? text.slice(from + name.length, end) : '';
    const tail = NAME_TAIL.exec(rest)?.[0].length ?? 0;
    if (name && /^(?:[\s,]|$)/.test(rest) && EMPLOYER_BUSINESS.test(rest.slice(tail))) spans.push([from, end]);
    start = end;
  }
  return spans;
}

/** The sentences of a line that say whom the employer is hiring ("X is looking for a …", "X recherche un …"). */
function hiringSpans(text: string): Array<readonly [number, number]> {
  if (!HIRING_CUE.test(text)) return [];
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (const end of [...Array.from(text.matchAll(SENTENCE_END), (match) => match.index + 1), text.length]) {
    if (HIRING_CUE.test(text.slice(start, end))) spans.push([start, end]);
    start = end;
  }
  return spans;
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

const writtenNames: ReadonlyMap<string, string> = new Map(WRITTEN_NAMES.map((name) => [name.toLowerCase(), name]));

/** `otherSpellingOf` for a skill's canonical name, read once per name (every summary names its skills). */
const otherSpellings = new Map<string, string | null>();
function otherSpellingOfName(name: string): string | null {
  let other = otherSpellings.get(name);
  if (other === undefined) {
    other = otherSpellingOf(name);
    otherSpellings.set(name, other);
  }
  return other;
}

/**
 * The name a reader gives a skill: the canonical name, in the spelling the posting uses ("Data
 * modelling" on a British posting, "Data modeling" on an American one). Matching a profile reads
 * either spelling back to the same skill (`canonicalSkill`).
 */
function writtenName(skill: Skill, forms: ReadonlyMap<string, number>): string {
  const other = otherSpellingOfName(skill.name);
  let written = 0;
  let canonical = 0;
  let kept: string | null = null;
  let keptCount = 0;
  for (const [form, count] of forms) {
    const key = form.toLowerCase().replace(/\s+/g, ' ');
    if (other && key.replace(/-/g, ' ') === other) written += count;
    else if (key === skill.name.toLowerCase()) canonical += count;
    const name = writtenNames.get(key);
    if (name && count > keptCount && skill.aliases.some((alias) => alias.toLowerCase() === key)) {
      kept = name;
      keptCount = count;
    }
  }
  if (kept && keptCount > canonical) return kept;
  return other && written > canonical ? other[0]?.toUpperCase() + other.slice(1) : skill.name;
}

/** Skills ranked by relevance: section weight, frequency, and how early they appear. */
export function rankSkills(
  title: string,
  lines: readonly SectionedLine[],
  company: string | null = null,
  mentionsOf: (line: string) => SkillMention[] = findSkillMentions,
): RankedSkills {
  const { skills } = skillMatcher();
  // The employer's own name is not a skill ("Zapier" at Zapier).
  const employer = company?.trim().toLowerCase() ?? '';
  const hasRequirements = lines.some((line) => line.section === 'requirements');
  const total = Math.max(1, lines.length);
  const tally = new Map<
    number,
    { score: number; first: number; count: number; sections: Set<LineSection | 'title'>; forms: Map<string, number> }
  >();
  const soft = new Map<number, number>();
  const employerSpans = employerNames(company);
  const visit = (
    text: string,
    section: LineSection | 'title',
    position: number,
    within: ReadonlyArray<readonly [number, number]> | null = null,
  ): void => {
    const sectionWeight = SECTION_WEIGHT[section];
    if (sectionWeight === 0) return;
    const early = 1 + 0.5 * (1 - position / total);
    const inEmployerName = spansOf(text, employerSpans);
    const notNeeded = section === 'title' ? [] : notRequiredSpans(text);
    const employerTrade = section === 'overview' ? employerBusinessSpans(text, company) : [];
    const all = mentionsOf(text);
    const mentions = within
      ? all.filter((mention) => within.some(([start, end]) => mention.start >= start && mention.end <= end))
      : all;
    const named = new Set(mentions.map((mention) => skills[mention.skill]?.name));
    for (const mention of mentions) {
      const skill = skills[mention.skill];
      if (!skill) continue;
      // "APIs" beside "REST APIs" says nothing more.
      if (generalSkills.get(skill.name)?.some((specific) => named.has(specific))) continue;
      const written = text.slice(mention.start, mention.end).toLowerCase();
      if (
        employer &&
        (employer === written || employer === skill.name.toLowerCase() || employer.startsWith(`${written} `))
      )
        continue;
      // "Fernwood AI builds …": a skill word inside the employer's name is not a skill.
      if (inEmployerName.some(([start, end]) => mention.start >= start && mention.end <= end)) continue;
      // "Dutch is not required": the posting names the skill to say the job does without it.
      if (notNeeded.some(([start, end]) => mention.start >= start && mention.end <= end)) continue;
      // "Coralyne Payments processes card payments": the employer's trade, not the hire's skill.
      if (employerTrade.some(([start, end]) => mention.start >= start && mention.end <= end)) continue;
      if (skill.soft) {
        if (!soft.has(mention.skill)) soft.set(mention.skill, position);
        continue;
      }
      const broad = broadSkills.has(skill.name);
      if (broad && section !== 'title' && namesATeam(text, mention.start, mention.end)) continue;
      const entry = tally.get(mention.skill) ?? {
        score: 0,
        first: position,
        count: 0,
        sections: new Set(),
        forms: new Map<string, number>(),
      };
      const form = text.slice(mention.start, mention.end);
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      // Frequency counts with diminishing returns: the k-th mention adds 1/k of its weight.
      entry.count++;
      const weight = broad && section === 'title' ? BROAD_TITLE_WEIGHT : sectionWeight;
      const kind = CONCRETE_CATEGORIES.has(skill.category)
        ? CONCRETE_BOOST
        : skill.category === 'spoken-language' || lowSignalSkills.has(skill.name)
          ? LANGUAGE_WEIGHT
          : 1;
      entry.score += (weight * early * kind) / entry.count;
      entry.sections.add(section);
      tally.set(mention.skill, entry);
    }
  };
  visit(title, 'title', 0);
  for (const line of lines) {
    // "PagoPA è alla ricerca di un esperto di finanza, contabilità …": a sentence of the employer's blurb that
    // says whom it is hiring describes the role, and is read as the overview.
    const hiring = line.section === 'about' ? hiringSpans(line.text) : [];
    if (hiring.length) visit(line.text, 'overview', line.position, hiring);
    else visit(line.text, line.section, line.position);
  }

  const ranked = [...tally.entries()]
    .map(([index, entry]) => {
      const skill = skills[index];
      const requiredByText =
        [...entry.sections].some((section) => section !== 'title' && REQUIRED_SECTIONS.has(section)) ||
        (!hasRequirements && entry.sections.has('overview'));
      const required = requiredByText || entry.sections.has('title');
      return {
        name: skill ? writtenName(skill, entry.forms) : '',
        category: skill?.category ?? '',
        score: Math.round(entry.score * 100) / 100,
        required,
        // "Backend Engineer" makes backend development a must-have the text may never ask for.
        ...(required && !requiredByText ? { fromTitle: true } : {}),
        first: entry.first,
      };
    })
    .sort((a, b) => b.score - a.score || a.first - b.first || a.name.localeCompare(b.name));
  return {
    skills: ranked.map(({ first: _first, ...skill }) => skill),
    softSkills: [...soft.entries()].sort((a, b) => a[1] - b[1]).map(([index]) => skills[index]?.name ?? ''),
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
