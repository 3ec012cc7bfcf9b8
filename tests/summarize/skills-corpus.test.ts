/**
 * Skills precision and recall over every labelled fixture page, reported by group: real pages,
 * hand-written pages we tuned against, and hand-written hold-out pages (`"split": "holdout"`,
 * written before tuning). A hold-out page's misses are printed only with SHOW_HOLDOUT=1, so that
 * tuning does not look at them. `SKILL_PAGES=500-549` limits the report to a range of page numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { PAGES_DIR, loadFixturePostings } from './fixture-pages';

type Group = 'real' | 'tuned' | 'holdout';
interface Tally {
  right: number;
  extra: number;
  missed: number;
}

function groupOf(name: string): Group {
  const expected = JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), 'utf8')) as {
    handWritten?: boolean;
    split?: string;
  };
  if (expected.split === 'holdout') return 'holdout';
  return expected.handWritten ? 'tuned' : 'real';
}

function inRange(id: string): boolean {
  const range = /^(\d+)-(\d+)$/.exec(process.env.SKILL_PAGES ?? '');
  if (!range) return true;
  const number = Number(id);
  return number >= Number(range[1]) && number <= Number(range[2]);
}

const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

describe('skills precision and recall on the fixture pages', () => {
  it('reports each group and reaches 90% over the corpus', { timeout: 60_000 }, () => {
    const tallies: Record<Group, Tally> = {
      real: { right: 0, extra: 0, missed: 0 },
      tuned: { right: 0, extra: 0, missed: 0 },
      holdout: { right: 0, extra: 0, missed: 0 },
    };
    const lines: string[] = [];
    for (const fixture of loadFixturePostings()) {
      if (!inRange(fixture.id)) continue;
      const labels = (
        JSON.parse(readFileSync(join(PAGES_DIR, `${fixture.name}.summary.json`), 'utf8')) as { skills?: string[] }
      ).skills;
      // Pages labelled for their structure only carry no skill labels.
      if (!labels) continue;
      const found = summarize(fixture.posting).skills.map((skill) => skill.name);
      const extra = found.filter((name) => !labels.includes(name));
      const missed = labels.filter((name) => !found.includes(name));
      const group = groupOf(fixture.name);
      const tally = tallies[group];
      tally.right += found.length - extra.length;
      tally.extra += extra.length;
      tally.missed += missed.length;
      if ((extra.length || missed.length) && (group !== 'holdout' || process.env.SHOW_HOLDOUT === '1'))
        lines.push(
          `  ${fixture.name.slice(0, 48).padEnd(48)}` +
            (extra.length ? ` extra: ${extra.join(', ')}` : '') +
            (missed.length ? ` missed: ${missed.join(', ')}` : ''),
        );
    }
    const total = Object.values(tallies).reduce((sum, tally) => ({
      right: sum.right + tally.right,
      extra: sum.extra + tally.extra,
      missed: sum.missed + tally.missed,
    }));
    const row = (name: string, tally: Tally): string =>
      `${name.padEnd(8)} skills P ${pct(tally.right, tally.right + tally.extra)} R ${pct(tally.right, tally.right + tally.missed)}` +
      `  (${tally.right} right, ${tally.extra} extra, ${tally.missed} missed)`;
    console.log(
      [
        ...lines,
        ...(['real', 'tuned', 'holdout'] as const).map((group) => row(group, tallies[group])),
        row('all', total),
      ].join('\n'),
    );
    if (process.env.SKILL_PAGES) return;
    expect(total.right / (total.right + total.extra)).toBeGreaterThanOrEqual(0.9);
    expect(total.right / (total.right + total.missed)).toBeGreaterThanOrEqual(0.9);
  });
});
