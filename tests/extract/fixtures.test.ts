/**
 * Fixture table test: every saved page through extract(), compared with its expected JSON by the
 * rules in compare.ts, with a field-accuracy report per field, per site and per page.
 * Targets (issue 3): ≥ 97% over the real-page corpus on the target fields, no page below 80%.
 * Hand-written pages (expected.json has "handWritten": true) are reported apart and not counted.
 * Pages marked `"split": "holdout"` were set aside before tuning: their figures print only with
 * SHOW_HOLDOUT=1, so nobody tunes against them while working.
 */
import { describe, expect, it } from 'vitest';
import { compare, TARGET_FIELDS, EXTRA_FIELDS, type FieldResult } from './compare';
import { loadFixtures } from './fixtures';

const fixtures = loadFixtures();
type Group = 'real' | 'hand' | 'holdout';
const results = new Map<string, { site: string; group: Group; fields: FieldResult[] }>();

describe('fixture pages', () => {
  for (const fixture of fixtures) {
    it(`${fixture.file}`, () => {
      const extraction = fixture.run();
      expect(() => JSON.stringify(extraction)).not.toThrow();
      const fields = compare(fixture.expected, extraction);
      const group: Group = fixture.holdout ? 'holdout' : fixture.handWritten ? 'hand' : 'real';
      results.set(fixture.file, { site: fixture.site, group, fields });
      // A posting always has a title and plain-text description lines when it is one.
      if (extraction.posting) expect(extraction.posting.title.length).toBeGreaterThan(0);
    });
  }

  it('meets the accuracy targets and prints the report', () => {
    const lines: string[] = [];
    const pct = (ok: number, n: number) => (n ? ((100 * ok) / n).toFixed(1).padStart(5) + '%' : '   - ');
    const groups: Group[] = process.env.SHOW_HOLDOUT === '1' ? ['real', 'hand', 'holdout'] : ['real', 'hand'];
    const titles: Record<Group, string> = {
      real: 'Real pages (the target corpus)',
      hand: '\nHand-written pages, tuned split (not counted in the target)',
      holdout: '\nHand-written pages, HOLDOUT split (not tuned against)',
    };
    for (const group of groups) {
      const entries = [...results.entries()].filter(([, r]) => r.group === group);
      if (!entries.length) continue;
      lines.push(titles[group]);
      lines.push('field            accuracy');
      for (const field of [...TARGET_FIELDS, ...EXTRA_FIELDS]) {
        const all = entries.map(([, r]) => r.fields.find((f) => f.field === field)!);
        lines.push(`${field.padEnd(16)} ${pct(all.filter((f) => f.ok).length, all.length)}${EXTRA_FIELDS.includes(field as never) ? '  (reported only)' : ''}`);
      }
      const target = entries.flatMap(([, r]) => r.fields.filter((f) => (TARGET_FIELDS as readonly string[]).includes(f.field)));
      lines.push(`${'overall'.padEnd(16)} ${pct(target.filter((f) => f.ok).length, target.length)}`);
      const sites = new Map<string, FieldResult[]>();
      for (const [, r] of entries) sites.set(r.site, [...(sites.get(r.site) ?? []), ...r.fields.filter((f) => (TARGET_FIELDS as readonly string[]).includes(f.field))]);
      lines.push('site             accuracy  pages');
      for (const [site, fs] of [...sites.entries()].sort()) {
        lines.push(`${site.padEnd(16)} ${pct(fs.filter((f) => f.ok).length, fs.length)}  ${fs.length / TARGET_FIELDS.length}`);
      }
      const pages = entries.map(([file, r]) => {
        const t = r.fields.filter((f) => (TARGET_FIELDS as readonly string[]).includes(f.field));
        return { file, score: t.filter((f) => f.ok).length / t.length, misses: t.filter((f) => !f.ok) };
      });
      pages.sort((a, b) => a.score - b.score);
      lines.push(`lowest page: ${pages[0]!.file} ${pct(pages[0]!.score * 100, 100)}`);
      for (const page of pages.filter((p) => p.misses.length)) {
        for (const miss of page.misses) lines.push(`  miss ${page.file} ${miss.field}: expected ${JSON.stringify(miss.expected)} got ${JSON.stringify(miss.actual)}`);
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
