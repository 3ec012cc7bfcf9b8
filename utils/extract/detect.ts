/**
 * Is this page one job posting? A score from independent signals, with the reasons behind it in
 * plain words the user reads in the popup (never internal names).
 * Articles, search-result lists without an open posting and company pages are not postings.
 */
import type { DetectionVerdict } from '../schema/posting';
import { NON_POSTING_TYPES } from './data/vocabulary';
import type { ListingSigns } from './generic/listing-signs';

const TOPIC_REASON = 'This reads like an article about a kind of job (pay, interviews), not a job posting.';

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
  /** Facts found next to the title or in labelled rows: location, salary, job type, work mode, dates. */
  headerFacts: number;
  ogType: string;
  urlLooksLikeJob: boolean;
  /** The page holds an application form (CV upload, cover letter). */
  applyForm?: boolean;
  /** The title names a role ("Senior Data Engineer", "Bauleiter (m/w/d)"). */
  roleTitle?: boolean;
  /** The title is about a kind of job, not one opening ("Warehouse operative salaries in Leeds"; `ROLE_TOPIC`). */
  topicTitle?: boolean;
  /** No apply control, but the text around the title asks for a CV ("drop in with a CV", "Envoyez CV …"). */
  applyInText?: boolean;
  /** The page title or description calls the page one job ad ("Offerta di lavoro", "Vaga de"). */
  postingWords?: boolean;
  /** The page shows one job reference number ("Job ID: 88412", "Kennziffer 14/2026"), not a list of them. */
  jobReference?: boolean;
  /** How many kinds of job-ad wording the page's main text holds (`jobTextCues` in `generic/plain-job-signs.ts`). */
  jobTextCues?: number;
  /** The main text opens by naming who is hiring ("Instalaciones Ruiz busca electricista…", `generic/lead-sentence.ts`). */
  hireSentence?: boolean;
  /** The title announces one hire ("We're hiring: Barista", "We're looking for a bookkeeper", "Ricerca educatore"). */
  hireTitle?: boolean;
  /** Several different postings in the structured data, none named by the page's heading or title. */
  structuredList?: boolean;
  /**
   * The page says what it is and it is not one job: a careers page listing several roles (`index`) or a
   * talent community / job-alert sign-up (`signup`), an "About us" page (`about`), a course (`course`); `notOneJobPage` in
   * `generic/listing-signs.ts`.
   */
  pageKind?: 'index' | 'signup' | 'about' | 'course' | null;
}

export interface Detection {
  isJobPosting: boolean;
  /** What the popup does with the page; see `detectionVerdictSchema`. */
  verdict: DetectionVerdict;
  confidence: number;
  reasons: string[];
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle']);
const LIST_TYPES = new Set(['SearchResultsPage', 'ItemList', 'CollectionPage']);
const NEWS_TYPES = new Set(['NewsArticle', 'ReportageNewsArticle']);

/** Why a page of each kind is not one job: a short reason, and the first thing the popup says. */
const PAGE_KIND_REASONS = {
  index: ['This careers page lists several jobs', 'This careers page lists several jobs. Open one of them to read it.'],
  signup: [
    'This page signs you up to hear about jobs',
    'This page signs you up to hear about jobs later (a talent community or job alert); it is not one job.',
  ],
  about: ['This is a page about the company', 'This looks like a company page, not one job.'],
  course: ['This page is a course', 'This looks like a course page (enrolment, not a job).'],
} as const;

/** What a non-posting schema.org type means for the user. */
function typeReason(types: string[]): string {
  if (types.some((t) => ARTICLE_TYPES.has(t))) return 'This page is an article';
  if (types.some((t) => LIST_TYPES.has(t))) return 'This looks like a list of results';
  if (types.includes('ProfilePage')) return 'This is a profile or company page';
  return 'This page describes itself as something other than a job';
}

export function detect(input: DetectInput): Detection {
  const reasons: string[] = [];
  const against: string[] = [];
  if (!input.hasTitle) {
    return withVerdict(input, {
      isJobPosting: false,
      confidence: 0.05,
      reasons: ['No job title was found on this page'],
    });
  }
  const structuredPosting =
    !input.structuredList && ((input.jsonLdPostings >= 1 && input.jsonLdPostings <= 3) || input.microdata);
  // A site rule that knows the page is a list or a company page decides, unless the page itself says
  // it is one job (the site changed its markup and the rule no longer finds the job).
  if (input.site?.isPosting === false && !structuredPosting) {
    return withVerdict(input, {
      isJobPosting: false,
      confidence: 0.1,
      reasons: [input.site.reason ?? 'This page is not a single job'],
    });
  }
  let score = 0.2;
  if (input.site?.isPosting === false) {
    score -= 0.3;
    against.push(input.site.reason ?? 'This page is not a single job');
  }
  if (input.site?.isPosting === true) {
    score += 0.6;
    reasons.push(input.site.reason ?? 'A job page on a site Jobshelf knows');
  }
  if (input.structuredList) {
    // A category page that marks up its cards: the data describes several jobs, the page none of them,
    // and its apply buttons, facts and sections are the cards' (the first one often shown open).
    score -= 0.6;
    against.push('The page holds several different jobs and none of them is its own');
  } else if (input.jsonLdPostings === 1 || (input.jsonLdPostings > 1 && input.jsonLdPostings <= 3)) {
    score += 0.6;
    reasons.push('The page describes itself as a job posting');
  } else if (input.jsonLdPostings > 3) {
    score -= 0.2;
    against.push(`The page lists ${input.jsonLdPostings} jobs`);
  }
  if (input.microdata && !input.structuredList) {
    score += 0.5;
    reasons.push('The page marks itself up as a job posting');
  }
  const structured = structuredPosting;
  // The shape of a job ad: a role for a title, its sections, and a way to apply or its facts. Blog
  // engines mark every post (job ads included) as an article, so that shape outweighs article markup.
  // A post on a blog or news template (og:type article, Article data) that is itself a job ad has no sections: it
  // announces one hire, says how to apply and reads like an ad. (Not a news report: it writes about others' hiring.)
  const news = [...input.schemaTypes].some((type) => NEWS_TYPES.has(type));
  const postedAd =
    !!(input.hireTitle || input.hireSentence) &&
    (input.applyFound || !!input.applyForm || !!input.applyInText) &&
    (input.jobTextCues ?? 0) >= 3 &&
    input.jobLinks <= 10 &&
    !input.listTitle &&
    !news;
  // A post whose own headline names one role and whose text is laid out as that job's ad: section headings (duties,
  // profile, offer) and most kinds of ad wording. An article about jobs (hiring news, "10 jobs that…", a culture post)
  // has a topic for a headline, not a role, or writes one or two kinds of that wording.
  const sectionedAd =
    !!input.roleTitle &&
    input.jobHeadings >= 2 &&
    (input.jobTextCues ?? 0) >= 4 &&
    input.jobLinks <= 10 &&
    !input.listTitle &&
    !input.pageKind &&
    !news;
  const adText = postedAd || sectionedAd;
  const jobShape =
    (!!input.roleTitle &&
      input.jobHeadings >= 2 &&
      (input.applyFound || !!input.applyForm || input.headerFacts >= 2)) ||
    adText;
  const negativeTypes = [...input.schemaTypes].filter((t) => NON_POSTING_TYPES.has(t));
  if (negativeTypes.length && !structured) {
    const articleOnly = negativeTypes.every((t) => ARTICLE_TYPES.has(t));
    score -= jobShape && articleOnly ? 0.15 : 0.45;
    against.push(typeReason(negativeTypes));
  }
  if (input.ogType === 'article' && !structured && !input.site && !jobShape) {
    score -= 0.15;
    if (!against.includes('This page is an article')) against.push('This page is an article');
  }
  // A pay guide's facts and its "career" address make it look like a job; its title says what it is about.
  if (input.topicTitle && !structured && input.site?.isPosting !== true && !input.applyFound && !input.applyForm) {
    score -= 0.3;
    against.push(TOPIC_REASON);
  }
  if (input.listTitle) {
    score -= 0.4;
    against.push('This looks like a list of search results');
  }
  if (input.pageKind && !structured) {
    // Its apply buttons, facts and sections are its openings' (or the sign-up form's), not one job's.
    score -= 0.6;
    against.push(PAGE_KIND_REASONS[input.pageKind][0]);
  }
  if (input.applyForm) {
    // A CV form under no role and no job sections is an open application ("leave your CV for future
    // openings") on a careers or culture page: it counts for less.
    score += input.roleTitle || input.jobHeadings > 0 || input.headerFacts > 0 ? 0.3 : 0.15;
    reasons.push('It has a form to apply for the job');
  }
  if (input.applyFound) {
    score += 0.15;
    reasons.push('It has an Apply button');
  }
  if (input.applyInText) {
    score += 0.15;
    reasons.push('It says how to apply');
  }
  if (input.jobHeadings >= 3) {
    score += 0.2;
    reasons.push('It has the sections of a job ad (tasks, requirements, benefits)');
  } else if (input.jobHeadings === 2) {
    score += 0.15;
    reasons.push('It has the sections of a job ad (tasks, requirements, benefits)');
  } else if (input.jobHeadings === 1) score += 0.05;
  if (input.headerFacts) {
    // Facts alone (a place and a pay figure somewhere) do not make a page one job: a forum thread or
    // a pay guide shows them too. Without a role title, an apply control or job sections they count less.
    const alone =
      !input.roleTitle && !input.applyFound && !input.applyForm && !input.applyInText && input.jobHeadings === 0;
    score += Math.min(alone ? 0.2 : 0.3, input.headerFacts * 0.1);
    reasons.push('Job details such as place, pay or hours are shown');
  }
  if (input.roleTitle) {
    score += 0.1;
    reasons.push('The title names a role');
  }
  if (input.postingWords) {
    score += 0.1;
    reasons.push('The page calls itself a job ad');
  }
  if (input.jobReference && !input.listTitle) {
    score += 0.1;
    reasons.push('It shows the job’s reference number');
  }
  // A plain ad without headings or an apply button still says what a job ad says: duties, years, pay, how to apply.
  // (Not on a page of many job links: a results list's cards say all of it too.) Under a role title, two kinds do.
  // (Nor on an article: one about hiring or pay uses the same words.)
  const article = input.ogType === 'article' || [...input.schemaTypes].some((type) => ARTICLE_TYPES.has(type));
  if (input.hireSentence && (!article || adText)) {
    score += 0.1;
    reasons.push('It says who is hiring');
  }
  // Only under a title that names a role, or after a sentence saying who is hiring: a headline about jobs is no ad.
  const ad = input.roleTitle || input.hireSentence;
  const cues = ad && input.jobLinks <= 10 && !input.listTitle && (!article || adText) ? (input.jobTextCues ?? 0) : 0;
  const wording = cues >= 2 ? Math.min(0.3, (cues - 1) * 0.1) : 0;
  if (wording) {
    score += wording;
    reasons.push('Its text reads like a job ad (duties, requirements, pay or how to apply)');
  }
  if (input.urlLooksLikeJob) {
    score += 0.1;
    reasons.push('The web address looks like a job page');
  }
  if (input.jobLinks > 25 && !structured && input.site?.isPosting !== true) {
    // A posting with its facts next to the title and an apply button often has a "similar jobs" rail;
    // a results list has neither, so the links count much less there.
    const postingShape = input.headerFacts >= 2 && (input.applyFound || input.applyForm) && !input.listTitle;
    score -= postingShape ? 0.05 : 0.2;
    if (!postingShape) against.push(`It links to many other jobs (${input.jobLinks})`);
  }
  const isJobPosting = score >= 0.5;
  const out = isJobPosting
    ? [...reasons, ...against]
    : [...against, ...(against.length ? [] : ["This doesn't look like a single job posting"]), ...reasons];
  return withVerdict(input, { isJobPosting, confidence: round(score), reasons: out.slice(0, 12) });
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
  const postingShape = input.headerFacts >= 2 && (input.applyFound || input.applyForm) && !input.listTitle;
  if (
    (siteSays !== null && /search|list|results/.test(siteSays)) ||
    input.jsonLdPostings > 3 ||
    input.structuredList ||
    input.listTitle ||
    (!structured && listType)
  ) {
    return 'This page lists several jobs. Open one of them to read it.';
  }
  if (input.pageKind && !structured) return PAGE_KIND_REASONS[input.pageKind][1];
  if (siteSays !== null && /company|profile|feed|careers page/.test(siteSays)) {
    return 'This looks like a company or profile page, not one job.';
  }
  if (siteSays !== null) return 'This page does not show one job posting.';
  if (!structured && (articleType || (input.ogType === 'article' && !input.site))) {
    return 'This page reads like an article, not a job posting.';
  }
  if (!structured && types.length > 0)
    return 'This page describes something other than a job (a profile or a collection).';
  if (input.jobLinks > 25 && !structured && input.site?.isPosting !== true && !postingShape) {
    return 'This page links to many jobs but does not show one of them.';
  }
  return null;
}

/** Whether `settleUnsure` may change this verdict (and so needs the signs, which the reader script holds). */
export function mightSettle(detection: Detection, page: { applyFound: boolean; applyForm: boolean }): boolean {
  return detection.verdict === 'unsure' && !page.applyFound && !page.applyForm;
}

/**
 * An unsure page that is plainly something else, with no way to apply: a job-alert sign-up (its
 * title names the role it alerts on, so a role title does not save it), or, with no role for a title,
 * a careers index or results list (several links named like roles, or a heading counting results),
 * an event (a "Register" control), a company page ("About us", "Chi siamo", AboutPage data) or a
 * guide about a kind of job (a pay or interview title, no job sections).
 * The signs are read only here, so a posting never pays for them.
 */
export function settleUnsure(
  detection: Detection,
  readSigns: () => ListingSigns,
  page: {
    roleTitle: boolean;
    applyFound: boolean;
    applyForm: boolean;
    aboutType?: boolean;
    topicTitle?: boolean;
    jobHeadings?: number;
  },
): Detection {
  if (!mightSettle(detection, page)) return detection;
  const signs = readSigns();
  const plain = signs.alertPage
    ? 'This page signs you up for job alerts; it is not one job.'
    : page.roleTitle
      ? null
      : signs.resultsHeading || signs.roleLinks >= 3
        ? 'This page lists several jobs. Open one of them to read it.'
        : signs.eventControl
          ? 'This looks like an event page, not a job posting.'
          : signs.aboutPage || page.aboutType
            ? 'This looks like a company page, not one job.'
            : page.topicTitle && (page.jobHeadings ?? 0) < 2
              ? TOPIC_REASON
              : null;
  if (!plain) return detection;
  const rest = detection.reasons.filter(
    (r) => !/^Jobshelf found (few signs|no job title)|^This doesn't look like a single job posting/.test(r),
  );
  return { ...detection, verdict: 'not-posting', reasons: [plain, ...rest].slice(0, 12) };
}
