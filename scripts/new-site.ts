// `npm run new:site NAME [-- --host jobs.example.com] [--number 400]`: scaffolds a site rule
// (utils/extract/sites/<id>.ts, built with defineSiteRule), its line in sites/index.ts, an example
// URL in tests/extract/site-examples.ts, and a saved page in that site's layout with its
// expectations (tests/fixtures/pages/<NNN>-<id>-example.html + .expected.json + page-urls.json).
// The page and its expectations are placeholders: the fixture report lists the page's misses until
// you write it in the site's markup (invented text) with the values a person sees on it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? (args.splice(at, 2)[1] ?? null) : null;
};
const hostOption = option('--host');
const numberOption = option('--number');
const name = args.join(' ').trim();
const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
if (!name || !id) {
  console.error('Usage: npm run new:site NAME [-- --host jobs.example.com] [--number 400]');
  process.exit(1);
}
const host = hostOption ?? `jobs.${id}.com`;
const files = {
  rule: path.join(root, 'utils/extract/sites', `${id}.ts`),
  index: path.join(root, 'utils/extract/sites/index.ts'),
  examples: path.join(root, 'tests/extract/site-examples.ts'),
  pages: path.join(root, 'tests/fixtures/pages'),
};
if (existsSync(files.rule)) {
  console.error(`A rule named ${id} exists already: ${path.relative(root, files.rule)}`);
  process.exit(1);
}

// The page number: the one asked for, else the next after the highest saved page.
const used = readdirSync(files.pages)
  .map((file) => Number(/^(\d{3})-/.exec(file)?.[1] ?? NaN))
  .filter(Number.isFinite);
const number = numberOption ? Number(numberOption) : Math.max(0, ...used) + 1;
if (!Number.isInteger(number) || number < 1 || number > 999 || used.includes(number)) {
  console.error(`Page number ${numberOption ?? number} is taken or not a number from 1 to 999`);
  process.exit(1);
}
const page = `${String(number).padStart(3, '0')}-${id}-example`;
const url = `https://${host}/jobs/12345-example-role`;
const hostPattern = host.replace(/^jobs\./, '').replace(/\./g, '\\.');

writeFileSync(
  files.rule,
  `/** ${name} (${host}/jobs/{id}): TODO say what the page shows and where. */
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1'],
  company: [],
  location: [],
  description: [],
};

export const ${id} = defineSiteRule({
  id: '${id}',
  name: '${name.replace(/'/g, "\\'")}',
  hosts: /(^|\\.)${hostPattern}\\//,
  selectors: SELECTORS,
  jobPath: /\\/jobs\\/\\d+/,
  notAPosting: { reason: 'This is a list of jobs on ${name.replace(/'/g, "\\'")}, not one job' },
});
`,
);

const index = readFileSync(files.index, 'utf8')
  .replace(/(import type \{ SiteRule \} from '\.\/site-rule';)/, `import { ${id} } from './${id}';\n$1`)
  .replace(/(\n)(\];\n)/, `$1  ${id},\n$2`);
writeFileSync(files.index, index);

const examples = readFileSync(files.examples, 'utf8').replace(/\n\};\s*$/, `\n  ${id}: ['${url}'],\n};\n`);
writeFileSync(files.examples, examples);

writeFileSync(
  path.join(files.pages, `${page}.html`),
  `<!doctype html>
<!-- TODO: a page in ${name}'s markup (study real pages' structure; invented company, people, text). -->
<html lang="en">
  <head>
    <title>TODO Role - TODO Company</title>
  </head>
  <body>
    <h1>TODO Role</h1>
  </body>
</html>
`,
);
writeFileSync(
  path.join(files.pages, `${page}.expected.json`),
  `${JSON.stringify(
    {
      isJobPosting: true,
      title: 'TODO Role',
      company: 'TODO Company',
      location: 'TODO Place',
      salary: null,
      validThrough: null,
      datePosted: null,
      employmentType: null,
      hasJsonLd: false,
      handWritten: true,
      summaryLabelled: false,
    },
    null,
    2,
  )}\n`,
);
const urlsFile = path.join(files.pages, 'page-urls.json');
const urls = JSON.parse(readFileSync(urlsFile, 'utf8')) as Record<string, string>;
urls[`${page}.html`] = url;
writeFileSync(urlsFile, `${JSON.stringify(urls, null, 2)}\n`);

console.log(`Scaffolded ${id}:
  ${path.relative(root, files.rule)} (the rule), one line in sites/index.ts, an example URL in tests/extract/site-examples.ts
  tests/fixtures/pages/${page}.html + .expected.json (+ page-urls.json)
Next: write the page in the site's layout, its expected values, the selectors; mark about a third of
new pages "split": "holdout" before tuning; then npx vitest run tests/extract`);
