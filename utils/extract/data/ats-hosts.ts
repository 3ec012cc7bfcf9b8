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
];

/** Hosts that are job boards or ATSs: their own name is never the employer. */
export const BOARD_HOST_WORDS =
  /(^|\.)(linkedin|indeed|glassdoor|seek|stepstone|xing|monster|ziprecruiter|jobs\.ac|totaljobs|reed|jobindex|karriere|welcometothejungle|wellfound|builtin|lever|greenhouse|workable|teamtailor|personio|ashbyhq|smartrecruiters|breezy|recruitee|bamboohr|jobvite|icims|myworkdayjobs|applytojob|join|homerun|jazzhr)\./i;
