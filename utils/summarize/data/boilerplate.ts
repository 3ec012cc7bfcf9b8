/**
 * Sentences and lines that are not about the job: legal statements, privacy notices, site chrome.
 * Regular expression sources, tested case-insensitively against one sentence (or one short line).
 */

export const BOILERPLATE_SENTENCE_PATTERNS: readonly string[] = [
  // Equal opportunity, non-discrimination, affirmative action.
  'equal (employment )?opportunit', 'affirmative action', 'without regard to', 'regardless of (race|age|gender|sex|color|religion|their)',
  'protected (veteran|characteristic|status|class)', '\\b(race|color),? (religion|creed|color|national origin)', 'sexual orientation',
  'gender identity', 'we (do not|don\'?t) discriminate', 'does not discriminate', 'diverse (workforce|perspectives|backgrounds|team)',
  'committed to (building |creating |fostering )?(a )?(diverse|inclusive|inclusion|diversity|equal)', 'inclusive (workplace|environment|recruitment|culture)',
  'all qualified applicants', 'qualified applicants with (arrest|criminal)', 'fair chance (ordinance|act)', 'arrest and conviction',
  'e-?verify', 'equality of opportunity', 'bring their whole selves', 'diversity, inclusion',
  'chancengleichheit', 'unabh[äa]ngig von (geschlecht|alter|herkunft)', 'we value diversity', 'aspire to be the best company for the world',
  // Accommodation.
  'reasonable accommodation', 'accommodations? (to|for) (applicants|individuals|people)', 'individuals with disabilities',
  'need (assistance|an accommodation)', 'disabilit(y|ies) (status|to participate)', 'know your rights',
  // Privacy, data, scams.
  'privacy (notice|policy|statement)', 'personal (data|information) (we|you|is|will|for)', 'we collect,? (retain|process)',
  'data privacy laws', 'data protection', 'datenschutz', 'recruiting scams?', 'will never ask for payment', 'official @',
  'protecting your privacy', 'applicant privacy',
  // Pay-transparency legal text (an amount on the same line is kept by the caller).
  'pay transparency', 'good faith (estimate|range)', 'final (offer|compensation|salary|pay) (amounts? )?(will |may |are |is )?(be )?(determined|depend|vary|based)',
  '(starting|actual|base) (pay|salary) (will be|is|may be) (based on|determined)', 'determined by (work )?location and',
  'range (displayed|listed|shown) (on|below|above|reflects)', 'may vary (based|depending) (on|upon)',
  'compensation packages? at', 'reflects the minimum and maximum', 'subject to eligibility',
  'eligible to participate in', 'recruiter can share more', 'job-related factors',
  // Application process chrome.
  'waiting period before reconsidering', 'applications will be reviewed on', 'please (contact|reach out to) .{0,40}(apply|on your behalf)',
  'being referred for the role', 'to apply on your behalf', 'not need to attach a cover letter', 'avoid the use of photos',
  'anticipated application window', 'cannot have .{0,30}permanently working', 'background check process',
  'third[- ]party (recruiters|agencies)', 'unsolicited (resumes|applications)',
  // Page clutter: cookie banners, job alerts, applicant counts, disclaimers of the site that shows the job.
  'we use cookies', 'accept (all )?cookies', 'cookie (settings|preferences|policy|consent)', 'job alerts?\\b', 'get notified (about|when|of)',
  'report (this )?(job|ad|listing|posting)', '\\b\\d[\\d,]*\\+? applicants\\b', 'be (among )?the first \\d* ?(to apply|applicants)', 'early applicant',
  'careers? (service|centre|center|office) (is|does|cannot|can ?not|will|accepts)', 'not (be )?(held )?responsible for (the )?(content|accuracy|information)',
  '(does|do) not (endorse|verify|guarantee)', '^disclaimer\\b', 'this (job|posting|vacancy|ad) (was|is|has been) (posted|sourced|provided|shared|syndicated) (by|from|via)',
  'meet the hiring team', 'people (also )?(viewed|applied)',
];

/** Whole lines of site chrome (matched against the entire line). */
export const CHROME_LINE_PATTERNS: readonly string[] = [
  'apply( now| for this job| today)?!?', 'save( this)? job', 'saved', 'share( this job)?', 'similar jobs', 'related jobs',
  'meet the hiring team', 'report (this )?job', 'show more', 'show less', 'see more', 'copy link', 'easy apply',
  'gleich bewerben', 'jetzt bewerben', 'job merken', 'postuler', 'postularme', 'aplicar( ahora)?', 'found \\d+[dhm] ago',
  'views: \\d+.*', 'language: [a-z]{2}.*', 'n/a', '[,\\s]*', 'posted \\d+ (days?|hours?|weeks?) ago', 'easy apply',
  '(job )?(posted|latest update|published): .*', 'category:?', 'email your resumes? to .*',
  'report (this )?(job|ad|listing|posting)( ad)?', '(over |more than )?\\d[\\d,]*\\+? applicants', 'be an early applicant', 'set (job )?alert',
  'create (job )?alert', 'accept( all)?( cookies)?', 'reject all', 'cookie settings', 'manage cookies', 'dismiss', 'message',
  '(promoted|actively (recruiting|hiring))', 'view (all )?jobs', 'see all jobs', 'follow',
];
