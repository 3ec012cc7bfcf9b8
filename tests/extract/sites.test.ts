/** Structure test: one file per site in utils/extract/sites/, each registered once, id = file name. */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { SITE_RULES, findSiteRule } from '../../utils/extract/sites';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'utils', 'extract', 'sites');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'site-rule.ts');

describe('site rules', () => {
  it('every site file is registered once, with its file name as id', () => {
    const ids = SITE_RULES.map((r) => r.id).sort();
    expect(ids).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['https://www.linkedin.com/jobs/view/123/', 'linkedin'],
    ['https://de.indeed.com/viewjob?jk=1', 'indeed'],
    ['https://www.glassdoor.com/job-listing/x?jl=1', 'glassdoor'],
    ['https://job-boards.greenhouse.io/acme/jobs/1', 'greenhouse'],
    ['https://jobs.lever.co/acme/uuid', 'lever'],
    ['https://jobs.ashbyhq.com/acme/uuid', 'ashby'],
    ['https://acme.wd5.myworkdayjobs.com/en-US/Careers/job/X_R1', 'workday'],
    ['https://jobs.smartrecruiters.com/Acme/1', 'smartrecruiters'],
    ['https://apply.workable.com/acme/j/ABC/', 'workable'],
    ['https://wellfound.com/jobs/123-engineer', 'wellfound'],
    ['https://www.builtinnyc.com/job/x/1', 'builtin'],
    ['https://www.welcometothejungle.com/fr/companies/acme/jobs/dev', 'welcometothejungle'],
    ['https://www.stepstone.de/stellenangebote--x--1-inline.html', 'stepstone'],
    ['https://www.xing.com/jobs/berlin-dev-1', 'xing'],
  ])('%s → %s', (url, id) => {
    const { document } = parseHTML('<html><body></body></html>');
    expect(findSiteRule(new URL(url), document as unknown as Document)?.id).toBe(id);
  });
});
