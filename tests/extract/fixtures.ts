/** Loads every saved page with its expectation and runs it through extract (linkedom, like the CLI). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { extractJson } from '../../utils/extract/json';
import { readDescription } from '../../utils/extract/generic/readability';
import type { Extraction } from '../../utils/schema/posting';
import type { Expected } from './compare';

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');
/**
 * Saved pages were captured at unknown times, so "3 days ago" cannot be resolved: `now: null`
 * leaves relative dates out (the SOURCES.md convention records them as null for the same reason).
 * Relative dates are covered by unit tests with a fixed `now`.
 */
export const FIXTURE_NOW = null;

export interface FixtureCase {
  file: string;
  site: string;
  handWritten: boolean;
  /** Set aside before tuning (`"split": "holdout"`). */
  holdout: boolean;
  url: string;
  expected: Expected;
  run(): Extraction;
}

export function loadFixtures(): FixtureCase[] {
  const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'page-urls.json'), 'utf8')) as Record<string, string>;
  const out: FixtureCase[] = [];
  for (const file of readdirSync(PAGES_DIR).sort()) {
    if (!/^\d{3,4}-.*\.(html|json)$/.test(file) || file.endsWith('.expected.json')) continue;
    const expectedPath = join(PAGES_DIR, file.replace(/\.(html|json)$/, '.expected.json'));
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected & {
      handWritten?: boolean;
      split?: string;
    };
    const site = file.split('-')[1] ?? 'unknown';
    const url = urls[file] ?? '';
    const path = join(PAGES_DIR, file);
    out.push({
      file,
      site,
      handWritten: expected.handWritten === true,
      holdout: expected.split === 'holdout',
      url,
      expected,
      run() {
        const source = readFileSync(path, 'utf8');
        if (file.endsWith('.json')) return extractJson(JSON.parse(source), url || null);
        const { document } = parseHTML(source);
        return extract(document as unknown as Document, url, { now: FIXTURE_NOW, readability: readDescription });
      },
    });
  }
  return out;
}
