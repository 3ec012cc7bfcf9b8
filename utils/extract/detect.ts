/**
 * Is this page one job posting? A score from independent signals, with the reasons behind it.
 * Articles, search-result lists without an open posting and company pages are not postings.
 */
import { NON_POSTING_TYPES } from './data/vocabulary';

export interface DetectInput {
  jsonLdPostings: number;
  schemaTypes: ReadonlySet<string>;
  microdata: boolean;
  site: { id: string; isPosting?: boolean; reason?: string } | null;
  hasTitle: boolean;
  descriptionChars: number;
  applyFound: boolean;
  jobHeadings: number;
  jobLinks: number;
  listTitle: boolean;
  /** Facts found next to the title: location, salary, job type, work mode. */
  headerFacts: number;
  ogType: string;
  urlLooksLikeJob: boolean;
}

export interface Detection {
  isJobPosting: boolean;
  confidence: number;
  reasons: string[];
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

export function detect(input: DetectInput): Detection {
  const reasons: string[] = [];
  if (!input.hasTitle) {
    return { isJobPosting: false, confidence: 0.05, reasons: ['No job title found on the page'] };
  }
  if (input.site?.isPosting === false) {
    return { isJobPosting: false, confidence: 0.1, reasons: [input.site.reason ?? `${input.site.id}: not a single posting`] };
  }
  let score = 0.2;
  if (input.site?.isPosting === true) {
    score += 0.6;
    reasons.push(input.site.reason ?? `Site rule ${input.site.id} found a posting`);
  }
  if (input.jsonLdPostings === 1 || (input.jsonLdPostings > 1 && input.jsonLdPostings <= 3)) {
    score += 0.6;
    reasons.push('JobPosting structured data (JSON-LD)');
  } else if (input.jsonLdPostings > 3) {
    score -= 0.2;
    reasons.push(`${input.jsonLdPostings} JobPosting entries: looks like a list`);
  }
  if (input.microdata) {
    score += 0.5;
    reasons.push('JobPosting microdata');
  }
  const negativeTypes = [...input.schemaTypes].filter((t) => NON_POSTING_TYPES.has(t));
  if (negativeTypes.length && !input.jsonLdPostings && !input.microdata) {
    score -= 0.45;
    reasons.push(`Structured data says ${negativeTypes.slice(0, 3).join(', ')}`);
  }
  if (input.ogType === 'article' && !input.jsonLdPostings && !input.microdata && !input.site) {
    score -= 0.15;
    reasons.push('og:type is article');
  }
  if (input.listTitle) {
    score -= 0.4;
    reasons.push('Title reads like a list of results');
  }
  if (input.applyFound) {
    score += 0.15;
    reasons.push('Apply button');
  }
  if (input.jobHeadings >= 2) {
    score += 0.15;
    reasons.push(`${input.jobHeadings} job description headings`);
  } else if (input.jobHeadings === 1) score += 0.05;
  if (input.headerFacts) {
    score += Math.min(0.3, input.headerFacts * 0.1);
    reasons.push(`${input.headerFacts} job facts next to the title`);
  }
  if (input.urlLooksLikeJob) {
    score += 0.1;
    reasons.push('URL looks like a job page');
  }
  if (input.jobLinks > 25 && !input.jsonLdPostings && !input.microdata && input.site?.isPosting !== true) {
    // A posting with its facts next to the title and an apply button often has a "similar jobs" rail;
    // a results list has neither, so the links count much less there.
    const postingShape = input.headerFacts >= 2 && input.applyFound && !input.listTitle;
    score -= postingShape ? 0.05 : 0.2;
    reasons.push(postingShape ? `${input.jobLinks} links to other jobs (a related-jobs list beside a posting)` : `${input.jobLinks} links to other jobs`);
  }
  const isJobPosting = score >= 0.5;
  if (!isJobPosting) reasons.unshift('Not enough evidence of a single job posting');
  return { isJobPosting, confidence: round(score), reasons: reasons.slice(0, 12) };
}
