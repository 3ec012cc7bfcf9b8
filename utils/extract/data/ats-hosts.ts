/**
 * Applicant-tracking hosts whose URL names the hiring company (a slug). Data only. Each pattern
 * captures the slug from `host + path`; the slug becomes a name only when the page shows none.
 * Most allow any top-level domain: regional and staging hosts use others than the main one.
 */
export const ATS_COMPANY_SLUGS: readonly RegExp[] = [
  /^([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.myworkdayjobs\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^jobs\.(?:eu\.)?lever\.co\/([^/?#]+)/i,
  /^(?:boards|job-boards)(?:\.eu)?\.greenhouse\.[a-z]{2,8}(?:\.[a-z]{2})?\/(?!embed\/)([^/?#]+)/i,
  /^apply\.workable\.[a-z]{2,8}(?:\.[a-z]{2})?\/([^/?#]+)/i,
  /^([a-z0-9-]+)\.teamtailor\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.jobs\.personio\.(?:de|com)\//i,
  /^([a-z0-9-]+)\.homerun\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.softgarden\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.zohorecruit\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^jobs\.ashbyhq\.[a-z]{2,8}(?:\.[a-z]{2})?\/([^/?#]+)/i,
  /^(?:jobs|careers)\.smartrecruiters\.[a-z]{2,8}(?:\.[a-z]{2})?\/([^/?#]+)/i,
  /^([a-z0-9-]+)\.breezy\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.recruitee\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.bamboohr\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^jobs\.jobvite\.[a-z]{2,8}(?:\.[a-z]{2})?\/([^/?#]+)/i,
  /^careers-([a-z0-9-]+)\.icims\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.applytojob\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.pinpointhq\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.taleo\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.avature\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^([a-z0-9-]+)\.eightfold\.[a-z]{2,8}(?:\.[a-z]{2})?\//i,
  /^ats\.rippling\.[a-z]{2,8}(?:\.[a-z]{2})?\/([^/?#]+)/i,
  /^app\.dover\.[a-z]{2,8}(?:\.[a-z]{2})?\/apply\/([^/?#]+)/i,
  /^jobs\.gem\.[a-z]{2,8}(?:\.[a-z]{2})?\/([^/?#]+)/i,
  // Freshteam, Factorial, HiBob, TalentLyft, d.vinci, Varbi, Emply, rexx, Comeet, Manatal, Flatchr.
  /^([a-z0-9-]+)\.(?:freshteam|factorialhr|talentlyft|dvinci-hr|varbi)\.[a-z]{2,8}\//i,
  /^([a-z0-9-]+)\.(?:careers\.hibob|career\.emply)\.com\//i,
  /^([a-z0-9-]+?)(?:-portal)?\.rexx-systems\.com\//i,
  /^(?:www\.)?(?:comeet\.com\/jobs|careers-page\.com)\/([^/?#]+)/i,
  /^careers\.flatchr\.io\/[a-z]{2}\/company\/([^/?#]+)/i,
  // UK public-sector and university systems: Oleeo (tal.net), Jobtrain, CoreHR.
  /^([a-z0-9-]+)\.tal\.net\//i,
  /^(?:www\.)?jobtrain\.co\.uk\/([^/?#]+)/i,
  /^([a-z0-9-]+)\.corehr\.com\//i,
  // ApplicantPro, Trakstar Hire, ClearCompany, Cornerstone OnDemand, JobScore.
  /^([a-z0-9-]+)\.(?:applicantpro|hire\.trakstar|clearcompany|csod)\.com\//i,
  /^careers\.jobscore\.com\/careers\/([^/?#]+)/i,
  // iSolved Hire, PeopleAdmin, Frontline AppliTrack (a school district's path), Kenjo.
  /^([a-z0-9-]+)\.(?:isolvedhire|peopleadmin)\.com\//i,
  /^(?:www\.)?applitrack\.com\/([^/?#]+)/i,
  /^app\.kenjo\.io\/careers\/([^/?#]+)/i,
  // Keka, Darwinbox, Jobsoid, HireHive, Hireology, Crelate's portals.
  /^([a-z0-9-]+)\.(?:keka|darwinbox|jobsoid|hirehive)\.[a-z]{2,8}\//i,
  /^careers\.hireology\.com\/([^/?#]+)/i,
  /^jobs\.crelate\.com\/portal\/([^/?#]+)/i,
];

/**
 * Applicant-tracking hosts whose URL names no company (Oracle Recruiting's pod codes, SAP
 * SuccessFactors' data centres): the name the page shows is still the employer's.
 */
export const ATS_HOSTS_WITHOUT_SLUG =
  /(^|\.)(fa\.[a-z0-9-]+\.oraclecloud\.com|successfactors\.(com|eu)|recruiting\d?\.(ultipro|paylocity)\.com|umantis\.com|(apply\.occupop|candidate\.webcruiter|emp\.jobylon|jobs\.dayforcehcm|workforcenow\.adp|clients\.njoyn)\.com|paycomonline\.net)$/i;

/** Hosts that are job boards, classified-ad sites or ATSs: their own name is never the employer. */
export const BOARD_HOST_WORDS =
  /(^|\.)(craigslist|gumtree|kijiji|leboncoin|marktplaats|kleinanzeigen|milanuncios|subito|linkedin|indeed|glassdoor|seek|stepstone|xing|monster|ziprecruiter|jobs\.ac|totaljobs|reed|jobindex|karriere|welcometothejungle|wellfound|builtin|lever|greenhouse|workable|teamtailor|personio|ashbyhq|smartrecruiters|breezy|recruitee|bamboohr|jobvite|icims|myworkdayjobs|applytojob|join|homerun|jazzhr|pinpointhq|taleo|avature|eightfold|rippling|dover|oraclecloud|successfactors|jobtrain|corehr|ultipro|paylocity|occupop|webcruiter|umantis|jobylon|dayforcehcm|freshteam|factorialhr|hibob|emply|varbi|dvinci-hr|talentlyft|rexx-systems|comeet|careers-page|flatchr|zohorecruit|occ|arbeitnow|jobsdb|glints|kalibrr|applicantpro|trakstar|clearcompany|jobscore|paycomonline|csod|isolvedhire|peopleadmin|applitrack|kenjo|njoyn|jobadder|keka|darwinbox|jobsoid|hirehive|hireology|crelate|workstream)\./i;

/** The applicant-tracking systems' own names ("© 2024 Workday, Inc.", "Powered by Lever"): never the employer. */
export const ATS_BRANDS =
  /^(workday|lever|greenhouse|workable|teamtailor|personio|ashby|smartrecruiters|breezy( hr)?|recruitee|bamboohr|jobvite|icims|taleo|successfactors|jazzhr|pinpoint|avature|eightfold|rippling|dover|jobtrain|corehr|oleeo|stonefish|ukg|ultipro|paylocity|occupop|webcruiter|(abacus )?umantis|jobylon|dayforce|freshteam|factorial|hibob|emply|varbi|d\.?vinci|talentlyft|rexx systems|comeet|manatal|flatchr|zoho recruit|applicantpro|trakstar( hire)?|clearcompany|jobscore|paycom|cornerstone( ondemand)?|isolved|peopleadmin|frontline( education)?|applitrack|kenjo|njoyn|jobadder|keka( hr)?|darwinbox|jobsoid|hirehive|hireology|crelate|workstream)$/i;
