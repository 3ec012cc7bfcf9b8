/**
 * The skill taxonomy compiled into one token trie: every alias with its other written forms, each
 * with its guard. Built once, on first use or in slices (`prepareSkillMatcher`).
 */
import { COVERAGE_ALIASES, COVERAGE_SKILLS } from './data/skills-coverage';
import { GROWTH_ALIASES, GROWTH_SKILLS } from './data/skills-growth';
import { I18N_ALIASES } from './data/skills-aliases-i18n';
import { PROFESSION_ALIASES, PROFESSION_SKILLS } from './data/skills-professions';
import {
  LANGUAGE_CONTEXT,
  SCOPED_SKILLS,
  SKILL_TABLE,
  SOFT_SKILLS,
  STANDALONE_INSIDE,
  type SkillGuard,
} from './data/skills';
import { dutyIndex, type DutyObject } from './skill-duties';
import { CAMEL_PAIR, otherSpellingOf, pluralOf, VENDOR_CERTIFICATION, verbFormsOf } from './skill-forms';
import { compileGuard, guards, guardOf, hasOwnGuard, type CompiledGuard } from './skill-guards';
import { tokenize } from './skill-tokens';

export interface Skill {
  name: string;
  category: string;
  aliases: string[];
  soft: boolean;
}

export interface Terminal {
  skill: number;
  /** The alias's own tokens as written, for case-sensitive aliases. */
  raw: string[];
  guard: CompiledGuard | null;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: Terminal[];
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
  // The other languages' words for a skill, read as alias → name: by name, in the order written.
  const i18n = new Map<string, string[]>();
  for (const [alias, name] of Object.entries(I18N_ALIASES)) i18n.set(name, [...(i18n.get(name) ?? []), alias]);
  const table = [...SKILL_TABLE, ...PROFESSION_SKILLS, ...COVERAGE_SKILLS, ...GROWTH_SKILLS].map(
    ([category, block]) =>
      [
        category,
        block.split('\n').map((line) => {
          const aliases = line
            .split('|')
            .map((alias) => alias.trim())
            .filter(Boolean);
          // More words for a skill of the other table, written by profession ("Customer service" in Finnish).
          const more = [
            PROFESSION_ALIASES[aliases[0] ?? ''],
            COVERAGE_ALIASES[aliases[0] ?? ''],
            GROWTH_ALIASES[aliases[0] ?? ''],
            i18n.get(aliases[0] ?? '')?.join('|'),
          ]
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

export interface SkillMention {
  skill: number;
  start: number;
  end: number;
}

/** The skill an unguarded alias spelled by these token keys names, or null ("tailwind css" → Tailwind CSS). */
export function plainSkillOf(keys: readonly string[]): number | null {
  let node: TrieNode | undefined = skillMatcher().root;
  for (const key of keys) node = node?.next.get(key);
  return node?.terminals.find((terminal) => terminal.guard === null)?.skill ?? null;
}

/**
 * The skill of a hyphenated compound rebuilt from its parts ("frontend-entwicklung"): an unguarded alias,
 * or a guarded one whose context the compound itself holds (the guard of "frontend" asks for a development word).
 */
export function compoundSkillOf(keys: readonly string[]): number | null {
  const node = skillMatcher().root.next.get(keys[0] ?? '');
  const compound = keys.join('-');
  const terminal = node?.terminals.find(
    (candidate) =>
      candidate.guard === null ||
      (!candidate.guard.caseSensitive && candidate.guard.lineContext?.test(compound) && !candidate.guard.context),
  );
  return terminal?.skill ?? plainSkillOf(keys);
}
