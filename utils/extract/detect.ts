/**
 * Is this page one job posting? A score from independent signals, with the reasons behind it.
 * Articles, search-result lists without an open posting and company pages are not postings.
 */
import type { DetectionVerdict } from '../schema/posting';
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
  /** What the popup does with the page; see `detectionVerdictSchema`. */
  verdict: DetectionVerdict;
  confidence: number;
  reasons: string[];
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

export function detect(input: DetectInput): Detection {
  const reasons: string[] = [];
  if (!input.hasTitle) {
    return withVerdict(input, { isJobPosting: false, confidence: 0.05, reasons: ['No job title found on the page'] });
  }
  if (input.site?.isPosting === false) {
    return withVerdict(input, { isJobPosting: false, confidence: 0.1, reasons: [input.site.reason ?? `${input.site.id}: not a single posting`] });
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
  return withVerdict(input, { isJobPosting, confidence: round(score), reasons: reasons.slice(0, 12) });
}

/**
 * The verdict, from the score and the clear signs of "not one posting". A refused page without
 * such a sign is `unsure`: the user clicked Jobshelf on it, so the popup shows what it read.
 * Non-postings get a first reason in plain words (the popup shows it as it is).
 */
function withVerdict(input: DetectInput, detection: Omit<Detection, 'verdict'>): Detection {
  if (detection.isJobPosting) return { ...detection, verdict: 'posting' };
  const plain = clearlyNotPosting(input);
  if (!plain) {
    const unsure = input.hasTitle
      ? 'Jobshelf found few signs of a single job posting here.'
      : 'Jobshelf found no job title on this page.';
    return { ...detection, verdict: 'unsure', reasons: [unsure, ...detection.reasons].slice(0, 12) };
  }
  return { ...detection, verdict: 'not-posting', reasons: [plain, ...detection.reasons].slice(0, 12) };
}

/** The clear sign that a page holds no single posting, in plain words; null when there is none. */
function clearlyNotPosting(input: DetectInput): string | null {
  const structured = input.jsonLdPostings > 0 || input.microdata;
  const siteSays = input.site?.isPosting === false ? (input.site.reason ?? '').toLowerCase() : null;
  const types = [...input.schemaTypes].filter((type) => NON_POSTING_TYPES.has(type));
  const listType = types.some((type) => /SearchResults|ItemList|Collection/.test(type));
  const articleType = types.some((type) => /Article|BlogPosting/.test(type));
  const postingShape = input.headerFacts >= 2 && input.applyFound && !input.listTitle;
  if ((siteSays !== null && /search|list|results/.test(siteSays)) || input.jsonLdPostings > 3 || input.listTitle || (!structured && listType)) {
    return 'This page lists several jobs. Open one of them to read it.';
  }
  if (siteSays !== null && /company|profile|feed|careers page/.test(siteSays)) {
    return 'This looks like a company or profile page, not one job.';
  }
  if (siteSays !== null) return 'This page does not show one job posting.';
  if (!structured && (articleType || (input.ogType === 'article' && !input.site))) {
    return 'This page reads like an article, not a job posting.';
  }
  if (!structured && types.length > 0) return 'This page describes something other than a job (a profile or a collection).';
  if (input.jobLinks > 25 && !structured && input.site?.isPosting !== true && !postingShape) {
    return 'This page links to many jobs but does not show one of them.';
  }
  return null;
}
