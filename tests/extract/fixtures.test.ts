/**
 * Fixture table test: every saved page through extract(), compared with its expected JSON by the
 * rules in compare.ts, with a field-accuracy report per field, per site and per page.
 * Targets (issue 3): ≥ 97% over the real-page corpus on the target fields, no page below 80%.
 * Groups, reported apart: real pages (the target), hand-written pages we tuned against, and
 * hold-out pages ("split": "holdout": written before tuning and kept aside). A hold-out page's misses
 * are printed only with SHOW_HOLDOUT=1, so that tuning does not look at them. FIXTURE_RANGE=450-499
 * reports one range of pages alone.
 */
import { describe, expect, it } from 'vitest';
import { compare, TARGET_FIELDS, EXTRA_FIELDS, type FieldResult } from './compare';
import { loadFixtures, type FixtureCase } from './fixtures';

// FIXTURE_RANGE=450-499 reports only the pages numbered in that range (one helper's new pages).
const range = process.env.FIXTURE_RANGE?.match(/^(\d+)-(\d+)$/);
const inRange = (f: FixtureCase) =>
  !range || (parseInt(f.file, 10) >= +range[1]! && parseInt(f.file, 10) <= +range[2]!);
const fixtures = loadFixtures().filter(inRange);
type Group = 'real' | 'tuned' | 'holdout';
const results = new Map<string, { site: string; group: Group; expectedPosting: boolean; fields: FieldResult[] }>();

const groupOf = (f: FixtureCase): Group => (f.holdout ? 'holdout' : f.handWritten ? 'tuned' : 'real');
const TITLES: Record<Group, string> = {
  real: 'Real pages (the target corpus)',
  tuned: 'Hand-written pages, tuned split (not counted in the target)',
  holdout: 'Hand-written pages, hold-out split (kept aside while tuning; misses hidden unless SHOW_HOLDOUT=1)',
};

describe('fixture pages', () => {
  for (const fixture of fixtures) {
    it(`${fixture.file}`, () => {
      const extraction = fixture.run();
      expect(() => JSON.stringify(extraction)).not.toThrow();
      const fields = compare(fixture.expected, extraction);
      results.set(fixture.file, {
        site: fixture.site,
        group: groupOf(fixture),
        expectedPosting: fixture.expected.isJobPosting,
        fields,
      });
      // A posting always has a title and plain-text description lines when it is one.
      if (extraction.posting) expect(extraction.posting.title.length).toBeGreaterThan(0);
    });
  }

  it('meets the accuracy targets and prints the report', () => {
    const lines: string[] = [];
    const pct = (ok: number, n: number) => (n ? ((100 * ok) / n).toFixed(1).padStart(5) + '%' : '   - ');
    const isTarget = (f: FieldResult) => (TARGET_FIELDS as readonly string[]).includes(f.field);
    for (const group of ['real', 'tuned', 'holdout'] as const) {
      const entries = [...results.entries()].filter(([, r]) => r.group === group);
      if (!entries.length) continue;
      const showMisses = group !== 'holdout' || process.env.SHOW_HOLDOUT === '1';
      lines.push(`\n${TITLES[group]}`);
      lines.push('field            accuracy');
      for (const field of [...TARGET_FIELDS, ...EXTRA_FIELDS]) {
        // (workMode is labelled on a sample of postings: counted where it is.)
        const all = entries.flatMap(([, r]) => r.fields.filter((f) => f.field === field));
        const extra = EXTRA_FIELDS.includes(field as never);
        lines.push(
          `${field.padEnd(16)} ${pct(all.filter((f) => f.ok).length, all.length)}${extra ? `  (reported only, ${all.filter((f) => f.ok).length}/${all.length})` : ''}`,
        );
      }
      const target = entries.flatMap(([, r]) => r.fields.filter(isTarget));
      lines.push(
        `${'overall'.padEnd(16)} ${pct(target.filter((f) => f.ok).length, target.length)}  (${target.filter((f) => f.ok).length}/${target.length} checks)`,
      );
      // Acceptance: postings the user can save, and non-postings recognised as such.
      const verdict = (posting: boolean) => entries.filter(([, r]) => r.expectedPosting === posting);
      const right = (list: typeof entries) =>
        list.filter(([, r]) => r.fields.find((f) => f.field === 'isJobPosting')!.ok).length;
      lines.push(`postings accepted       ${right(verdict(true))}/${verdict(true).length}`);
      lines.push(`non-postings recognised ${right(verdict(false))}/${verdict(false).length}`);
      const sites = new Map<string, FieldResult[]>();
      for (const [, r] of entries) sites.set(r.site, [...(sites.get(r.site) ?? []), ...r.fields.filter(isTarget)]);
      lines.push('site             accuracy  pages');
      for (const [site, fs] of [...sites.entries()].sort()) {
        lines.push(
          `${site.padEnd(16)} ${pct(fs.filter((f) => f.ok).length, fs.length)}  ${fs.length / TARGET_FIELDS.length}`,
        );
      }
      const pages = entries.map(([file, r]) => {
        const t = r.fields.filter(isTarget);
        return { file, score: t.filter((f) => f.ok).length / t.length, misses: t.filter((f) => !f.ok) };
      });
      pages.sort((a, b) => a.score - b.score);
      if (showMisses)
        for (const [file, r] of entries)
          for (const miss of r.fields.filter((f) => f.field === 'workMode' && !f.ok))
            lines.push(
              `  workMode ${file}: expected ${JSON.stringify(miss.expected)} got ${JSON.stringify(miss.actual)}`,
            );
      if (showMisses) {
        lines.push(`lowest page: ${pages[0]!.file} ${pct(pages[0]!.score * 100, 100)}`);
        for (const page of pages.filter((p) => p.misses.length)) {
          for (const miss of page.misses)
            lines.push(
              `  miss ${page.file} ${miss.field}: expected ${JSON.stringify(miss.expected)} got ${JSON.stringify(miss.actual)}`,
            );
        }
      }
      if (group === 'real') {
        const overall = target.filter((f) => f.ok).length / target.length;
        expect(overall).toBeGreaterThanOrEqual(0.97);
        for (const page of pages) expect(page.score, page.file).toBeGreaterThanOrEqual(0.8);
      }
    }
    console.log(lines.join('\n'));
  });
});
