/**
 * Applicant-tracking hosts whose URL names the hiring company (a slug). Data only. Each pattern
 * captures the slug from `host + path`; the slug becomes a name only when the page shows none.
 */
export const ATS_COMPANY_SLUGS: readonly RegExp[] = [
  /^([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.com\//i,
  /^([a-z0-9-]+)\.myworkdayjobs\.com\//i,
  /^jobs\.(?:eu\.)?lever\.co\/([^/?#]+)/i,
  /^(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io\/(?!embed\/)([^/?#]+)/i,
  /^apply\.workable\.com\/([^/?#]+)/i,
  /^([a-z0-9-]+)\.teamtailor\.com\//i,
  /^([a-z0-9-]+)\.jobs\.personio\.(?:de|com)\//i,
  /^jobs\.ashbyhq\.com\/([^/?#]+)/i,
  /^(?:jobs|careers)\.smartrecruiters\.com\/([^/?#]+)/i,
  /^([a-z0-9-]+)\.breezy\.hr\//i,
  /^([a-z0-9-]+)\.recruitee\.com\//i,
  /^([a-z0-9-]+)\.bamboohr\.com\//i,
  /^jobs\.jobvite\.com\/([^/?#]+)/i,
  /^careers-([a-z0-9-]+)\.icims\.com\//i,
  /^([a-z0-9-]+)\.applytojob\.com\//i,
  /^([a-z0-9-]+)\.pinpointhq\.com\//i,
  /^([a-z0-9-]+)\.taleo\.net\//i,
  /^([a-z0-9-]+)\.avature\.net\//i,
  /^([a-z0-9-]+)\.eightfold\.ai\//i,
  /^ats\.rippling\.com\/([^/?#]+)/i,
  /^app\.dover\.com\/apply\/([^/?#]+)/i,
  /^jobs\.gem\.com\/([^/?#]+)/i,
  // UK public-sector and university systems: Oleeo (tal.net), Jobtrain, CoreHR.
  /^([a-z0-9-]+)\.tal\.net\//i,
  /^(?:www\.)?jobtrain\.co\.uk\/([^/?#]+)/i,
  /^([a-z0-9-]+)\.corehr\.com\//i,
];

/**
 * Applicant-tracking hosts whose URL names no company (Oracle Recruiting's pod codes, SAP
 * SuccessFactors' data centres): the name the page shows is still the employer's.
 */
export const ATS_HOSTS_WITHOUT_SLUG = /(^|\.)(fa\.[a-z0-9-]+\.oraclecloud\.com|successfactors\.(com|eu))$/i;

/** Hosts that are job boards or ATSs: their own name is never the employer. */
export const BOARD_HOST_WORDS =
  /(^|\.)(linkedin|indeed|glassdoor|seek|stepstone|xing|monster|ziprecruiter|jobs\.ac|totaljobs|reed|jobindex|karriere|welcometothejungle|wellfound|builtin|lever|greenhouse|workable|teamtailor|personio|ashbyhq|smartrecruiters|breezy|recruitee|bamboohr|jobvite|icims|myworkdayjobs|applytojob|join|homerun|jazzhr|pinpointhq|taleo|avature|eightfold|rippling|dover|oraclecloud|successfactors|jobtrain|corehr)\./i;

/** The applicant-tracking systems' own names ("© 2024 Workday, Inc.", "Powered by Lever"): never the employer. */
export const ATS_BRANDS =
  /^(workday|lever|greenhouse|workable|teamtailor|personio|ashby|smartrecruiters|breezy( hr)?|recruitee|bamboohr|jobvite|icims|taleo|successfactors|jazzhr|pinpoint|avature|eightfold|rippling|dover|jobtrain|corehr|oleeo|stonefish)$/i;
