/**
 * Every positive fixture page → extract() → summarize(), compared with the hand-labelled
 * `NNN-*.summary.json` beside it. Where extract() does not yet return the description's HTML,
 * the description is taken from the page by `fixture-pages.ts` (JSON-LD description, the page's
 * description container, or the Lever API fields); the report below prints which source each page used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarySchema, type Summary } from '../../utils/schema/summary';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { summarize } from '../../utils/summarize/index';
import { PAGES_DIR, loadFixturePostings } from './fixture-pages';

interface SummaryExpectation {
  years: { min: number; max: number | null } | null;
  /** Substrings of lines that must be in `requirements`. */
  mustHave: string[];
  /** Every skill the posting asks for (canonical taxonomy names): the labels for precision/recall. */
  skills: string[];
  /** Skills that must rank among the first TOP_N. */
  topSkills: string[];
  /** Text that must not appear anywhere in the summary. */
  boilerplate: string[];
}

const TOP_N = 6;
const fixtures = loadFixturePostings();
const corpus = { truePositives: 0, falsePositives: 0, falseNegatives: 0, yearsStated: 0, yearsRight: 0 };
const report: string[] = [];

function summaryText(summary: Summary): string {
  return JSON.stringify(summary);
}

describe('summarize() on the fixture pages', () => {
  it('has a labelled expectation for every positive fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(18);
    for (const fixture of fixtures) expect(existsSync(join(PAGES_DIR, `${fixture.name}.summary.json`)), fixture.name).toBe(true);
  });

  for (const fixture of fixtures) {
    const expectationFile = join(PAGES_DIR, `${fixture.name}.summary.json`);
    if (!existsSync(expectationFile)) continue;
    const expected = JSON.parse(readFileSync(expectationFile, 'utf8')) as SummaryExpectation;

    it(`${fixture.name} (description from ${fixture.descriptionSource})`, () => {
      const summary = summarize(fixture.posting);
      expect(summarySchema.safeParse(summary).success).toBe(true);
      expect(summary.tldr.length).toBeLessThanOrEqual(200);

      // Years of experience.
      if (expected.years) {
        corpus.yearsStated++;
        expect({ min: summary.yearsExperience?.min, max: summary.yearsExperience?.max ?? null }).toEqual(expected.years);
        corpus.yearsRight++;
      } else {
        expect(summary.yearsExperience).toBeNull();
      }

      // Must-have lines.
      for (const line of expected.mustHave) {
        expect(summary.requirements.some((requirement) => requirement.includes(line)), `must-have: ${line}`).toBe(true);
      }

      // No boilerplate: the labelled sentences, and no list line the filter calls boilerplate.
      const text = summaryText(summary);
      for (const sentence of expected.boilerplate) expect(text.includes(sentence), `boilerplate: ${sentence}`).toBe(false);
      for (const line of [...summary.responsibilities, ...summary.requirements, ...summary.preferred, ...summary.benefits]) {
        expect(isBoilerplateSentence(line), `boilerplate line: ${line}`).toBe(false);
      }

      // Skills: precision and recall against the labels; the key skills rank near the top.
      const found = summary.skills.map((skill) => skill.name);
      const labels = new Set(expected.skills);
      const truePositives = found.filter((name) => labels.has(name)).length;
      const falsePositives = found.filter((name) => !labels.has(name));
      const falseNegatives = expected.skills.filter((name) => !found.includes(name));
      corpus.truePositives += truePositives;
      corpus.falsePositives += falsePositives.length;
      corpus.falseNegatives += falseNegatives.length;
      report.push(
        `${fixture.name.padEnd(52)} ${fixture.descriptionSource.padEnd(10)} skills ${truePositives}/${labels.size}` +
          (falsePositives.length ? `  extra: ${falsePositives.join(', ')}` : '') +
          (falseNegatives.length ? `  missed: ${falseNegatives.join(', ')}` : ''),
      );
      const top = found.slice(0, TOP_N);
      for (const name of expected.topSkills) expect(top, `top skill ${name}`).toContain(name);
    });
  }

  afterAll(() => {
    const precision = corpus.truePositives / Math.max(1, corpus.truePositives + corpus.falsePositives);
    const recall = corpus.truePositives / Math.max(1, corpus.truePositives + corpus.falseNegatives);
    console.log(
      [
        ...report,
        `skills over the corpus: precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%` +
          `  (${corpus.truePositives} right, ${corpus.falsePositives} extra, ${corpus.falseNegatives} missed)`,
        `years of experience right on ${corpus.yearsRight}/${corpus.yearsStated} fixtures that state them`,
      ].join('\n'),
    );
  });

  it('reaches the corpus skill targets (precision ≥ 90%, recall ≥ 90%)', () => {
    // Computed from every fixture, independent of the per-fixture tests' order.
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const fixture of fixtures) {
      const expected = JSON.parse(readFileSync(join(PAGES_DIR, `${fixture.name}.summary.json`), 'utf8')) as SummaryExpectation;
      const found = summarize(fixture.posting).skills.map((skill) => skill.name);
      const labels = new Set(expected.skills);
      truePositives += found.filter((name) => labels.has(name)).length;
      falsePositives += found.filter((name) => !labels.has(name)).length;
      falseNegatives += expected.skills.filter((name) => !found.includes(name)).length;
    }
    expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(0.9);
    expect(truePositives / (truePositives + falseNegatives)).toBeGreaterThanOrEqual(0.9);
  });
});
