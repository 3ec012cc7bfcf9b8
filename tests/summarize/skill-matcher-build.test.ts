/**
 * The matcher built in slices (`prepareSkillMatcher`, as the background does while the page runs
 * the capture script) is the matcher built in one go: same skills, aliases, trie and guards.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SkillMatcher } from '../../utils/summarize/skill-matcher';

type MatcherModule = typeof import('../../utils/summarize/skill-matcher');
type Node = SkillMatcher['root'];

/** A fresh copy of the module: the matcher is built once per module instance. */
async function freshModule(): Promise<MatcherModule> {
  vi.resetModules();
  return import('../../utils/summarize/skill-matcher');
}

/** Everything the matcher holds, as plain data (regular expressions by source and flags). */
function plain(matcher: SkillMatcher): unknown {
  const pattern = (regex: RegExp | null) => (regex ? `/${regex.source}/${regex.flags}` : null);
  const node = (at: Node): unknown => ({
    terminals: at.terminals.map(({ skill, raw, guard }) => ({
      skill,
      raw,
      guard: guard && {
        caseSensitive: guard.caseSensitive,
        notBefore: pattern(guard.notBefore),
        notAfter: pattern(guard.notAfter),
        lineContext: pattern(guard.lineContext),
        context: pattern(guard.context),
      },
    })),
    next: [...at.next.keys()].sort().map((key) => [key, node(at.next.get(key)!)]),
  });
  return {
    skills: matcher.skills,
    root: node(matcher.root),
    byAlias: [...matcher.byAlias],
    standalone: [...matcher.standalone],
    standaloneStarts: [...matcher.standaloneStarts],
    scoped: [...matcher.scoped],
  };
}

const turns = (count: number) =>
  Array.from({ length: count }).reduce<Promise<void>>(
    (previous) => previous.then(() => new Promise((resolve) => setTimeout(resolve, 0))),
    Promise.resolve(),
  );

describe('building the skills matcher in slices', () => {
  it('gives the matcher built in one go, whether the slices finish it or skillMatcher() does', async () => {
    const inOneGo = plain((await freshModule()).skillMatcher());

    const finishedEarly = await freshModule();
    finishedEarly.prepareSkillMatcher(0.01);
    await turns(2);
    expect(plain(finishedEarly.skillMatcher())).toEqual(inOneGo);

    const bySlices = await freshModule();
    bySlices.prepareSkillMatcher(1);
    // Each slice is a task of its own; enough turns of the event loop for the whole table.
    await turns(2000);
    const built = bySlices.skillMatcher();
    expect(plain(built)).toEqual(inOneGo);
    // Asking again neither rebuilds nor starts another build.
    bySlices.prepareSkillMatcher();
    expect(bySlices.skillMatcher()).toBe(built);
  }, 60_000);

  it('shares one map only between leaves: no word is ever written into a map two nodes hold', async () => {
    const { skillMatcher } = await freshModule();
    const holders = new Map<Map<string, Node>, number>();
    const walk = (node: Node) => {
      holders.set(node.next, (holders.get(node.next) ?? 0) + 1);
      for (const child of node.next.values()) walk(child);
    };
    walk(skillMatcher().root);
    const shared = [...holders].filter(([, count]) => count > 1).map(([next]) => next.size);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((size) => size === 0)).toBe(true);
  });
});
