/**
 * Extract CLI (a contract other tools rely on):
 *   npm run --silent extract -- <file.html|file.json>... [--url URL]
 * Prints one JSON line per file, in order, and nothing else on stdout. A file that cannot be read
 * prints {"file","error"} and the command exits 1 after the last file. Uses linkedom.
 * Without --url the page's own canonical link / og:url is used when it has one.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { extract } from '../utils/extract/index';
import { extractJson } from '../utils/extract/json';
import { readDescription } from '../utils/extract/generic/readability';
import { summarize } from '../utils/summarize/index';
import type { Extraction, PostingDraft } from '../utils/schema/posting';

function parseArgs(argv: string[]): { files: string[]; url: string } {
  const files: string[] = [];
  let url = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i] ?? '';
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--') continue;
    else files.push(arg);
  }
  return { files, url };
}

function postingOut(p: PostingDraft) {
  return {
    title: p.title,
    company: p.company,
    locations: p.locations,
    workMode: p.workMode,
    employmentType: p.employmentType,
    salary: p.salary && {
      min: p.salary.min,
      max: p.salary.max,
      currency: p.salary.currency,
      period: p.salary.period,
      text: p.salary.text,
    },
    datePosted: p.datePosted,
    validThrough: p.validThrough,
    url: p.url,
    applyUrl: p.applyUrl,
    source: p.source,
    descriptionText: p.descriptionText,
  };
}

async function summaryOut(p: PostingDraft) {
  const s = await Promise.resolve(summarize(p));
  return {
    tldr: s.tldr,
    responsibilities: s.responsibilities,
    requirements: s.requirements,
    preferred: s.preferred,
    benefits: s.benefits,
    yearsExperience: s.yearsExperience ? { min: s.yearsExperience.min, max: s.yearsExperience.max } : null,
    education: s.education,
    workMode: s.workMode,
    skills: s.skills.map((k) => ({ name: k.name, score: k.score, required: k.required })),
    engine: s.engine,
  };
}

async function main(): Promise<number> {
  const { files, url } = parseArgs(process.argv.slice(2));
  if (!files.length) {
    process.stderr.write('usage: npm run --silent extract -- <file.html>... [--url URL]\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      failed = true;
      process.stdout.write(
        JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) }) + '\n',
      );
      continue;
    }
    let extraction: Extraction;
    if (/\.json$/i.test(file) || /^\s*[[{]/.test(source.slice(0, 100))) {
      let value: unknown = null;
      try {
        value = JSON.parse(source);
      } catch {
        value = null;
      }
      extraction = value === null ? parsePage(source, url) : extractJson(value, url || null);
    } else {
      extraction = parsePage(source, url);
    }
    let summary = null;
    // Only a posting is output as one: what a non-posting page held is for the popup's "Save anyway".
    const posting = extraction.isJobPosting ? extraction.posting : null;
    if (posting) {
      try {
        summary = await summaryOut(posting);
      } catch (error) {
        process.stderr.write(`${file}: summarize failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    process.stdout.write(
      JSON.stringify({
        file,
        isJobPosting: extraction.isJobPosting,
        verdict: extraction.verdict,
        confidence: extraction.confidence,
        posting: posting && postingOut(posting),
        summary,
      }) + '\n',
    );
  }
  return failed ? 1 : 0;
}

function parsePage(source: string, url: string): Extraction {
  const { document } = parseHTML(source);
  return extract(document as unknown as Document, url, { readability: readDescription });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
