/**
 * The taxonomy's guards (an alias that counts only with context words, as written, or not beside some
 * words), compiled once, and what they say of one mention in one line.
 */
import { COVERAGE_GUARDS } from './data/skills-coverage';
import { GROWTH_GUARDS } from './data/skills-growth';
import { I18N_GUARDS } from './data/skills-aliases-i18n';
import { PROFESSION_GUARDS } from './data/skills-professions';
import { SKILL_GUARDS, type SkillGuard } from './data/skills';
import type { Terminal } from './skill-matcher';
import type { Token } from './skill-tokens';

export interface CompiledGuard {
  caseSensitive: boolean;
  notBefore: RegExp | null;
  notAfter: RegExp | null;
  lineContext: RegExp | null;
  context: RegExp | null;
}

/** One compiled copy per guard, shared by its aliases: the expressions have no g or y flag, so they keep no state. */
const compiledGuards = new WeakMap<SkillGuard, CompiledGuard>();

export function compileGuard(guard: SkillGuard | undefined): CompiledGuard | null {
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

export function guards(): GuardIndex {
  if (guardIndex) return guardIndex;
  const byAlias = new Map<string, SkillGuard>();
  const bySkill = new Map<string, Map<string, SkillGuard>>();
  // Neither a name nor an alias holds "|" (the table is split on it): the first "|" ends the name.
  for (const [key, guard] of Object.entries({
    ...SKILL_GUARDS,
    ...PROFESSION_GUARDS,
    ...COVERAGE_GUARDS,
    ...GROWTH_GUARDS,
    ...I18N_GUARDS,
  })) {
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
export function guardOf(name: string, alias: string): SkillGuard | undefined {
  const { byAlias, bySkill } = guards();
  const ofSkill = bySkill.get(name);
  return ofSkill?.get(alias) ?? byAlias.get(alias) ?? ofSkill?.get('*');
}

/** Whether an alias has a guard of its own ("Name|alias" or "alias"), not counting "Name|*". */
export function hasOwnGuard(name: string, alias: string): boolean {
  const { byAlias, bySkill } = guards();
  return byAlias.has(alias) || Boolean(bySkill.get(name)?.has(alias));
}

/** Accepted, refused, or accepted only beside other skills in a list ("Spark, Ray and Dask"). */
export type Verdict = 'yes' | 'no' | 'in-list';

/**
 * What a guard's whole-line expressions said about one line: many aliases share one context (every
 * spoken language, every monitoring tool), so a line is read once per expression (none has a g or y flag).
 */
export type LineTests = Map<RegExp, boolean>;

function testsLine(pattern: RegExp, line: string, tested: LineTests): boolean {
  let result = tested.get(pattern);
  if (result === undefined) {
    result = pattern.test(line);
    tested.set(pattern, result);
  }
  return result;
}

export function accepts(
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
