/**
 * The steps after the capture steps (`steps.ts`): the generic reader, the merge by trust, the
 * description, detection and the rest. `extract()` runs them after the capture steps; in the
 * browser the reader's script and the finishing script bring them to the run the capture script
 * paused, so the capture script does not bundle them.
 */
import type { DetectionVerdict } from '../schema/posting';
import { readClosingDate } from './closing-date';
import { closedNotice, goneNotice } from './generic/closed-notice';
import { localizeCurrency } from '../money/local';
import { detect, mightSettle, settleUnsure } from './detect';
import { all, clean, first, visibleText } from './dom';
import { CV_WORDS } from './data/detect-words';
import { announcesHireInText, leadSentenceEmployer } from './generic/lead-sentence';
import { countsResults, ORG_UNIT } from './data/vocabulary';
import { blocksHtml, postingBlocks } from './generic/description-blocks';
import { shownPosting } from './generic/shown-posting';
import { withPostingParts } from './generic/json-ld-parts';
import { widerReading } from './generic/readability-scope';
import { SECTION_HEADING } from './generic/section-heading';
import { sectionsInBranches } from './generic/sections-in-branches';
import { sectionsPastBreak } from './generic/sections-past-break';
import { trimTitle } from './generic/title-trim';
import {
  employerAbovePlace,
  hookedAsJobTitle,
  oneRoleHeading,
  PORTAL_PAGE_TITLE,
  titleRow,
} from './generic/role-heading';
import { namesHomeLink } from './generic/home-link';
import { isRemotePlace } from './generic/remote-place';
import { withoutNameLabel } from './generic/name-label';
import { withoutBatchTag } from './generic/batch-tag';
import { PAGE_NAME_TITLE, textAfter } from './generic/heuristics';
import { withoutDepartments } from './generic/place-list';
import { companyBoxName } from './generic/company-box';
import { isTownAndCounty } from './generic/county-place';
import { isPlace, isStreetAddress } from './generic/places';
import type { PageCompany } from './generic/company-from-page';
import type { ShownName } from './generic/full-name';
import type { GenericReader } from './generic/reader';
import { namesPageSection, withoutSectionParts } from './generic/page-section-name';
import {
  GENERIC_PART,
  isSiteName,
  namesPageOnly,
  ROLE_AT,
  SEPARATORS as TITLE_SEPARATORS,
  type TitleParts,
} from './generic/title-patterns';
import { companyWithoutPlace, nameKey, withLegalForm } from './generic/company-name';
import { withoutPlaceAfterIn } from './generic/company-extras';
import { describe, mergeFields, toDraft, type Candidate } from './merge';
import { normalizeEmploymentType, parseDate, uniqueLocations, workModeFromText } from './normalize';
import {
  announcesHire,
  employmentInProse,
  endsLikeJobNoun,
  endsWithJobNoun,
  isEmploymentOnly,
  stripHiringLead,
  withoutHiringLead,
} from './generic/job-terms';
import { findSalary, findSalaryWhere, salaryFromLine } from '../money/find';
import type { Salary } from '../schema/posting';
import { currencyIn, parseSalaryText } from '../money/parse';
import { ENOUGH_HEADINGS, readPageSignals, titleReadsAsList } from './signals';
import { jobPaneHeading, selectedJobLink } from './generic/job-pane';
import { readTaggedHead } from './generic/meta-tags';
import { withoutDistrict } from './generic/city-district';
import { listsSeveralPostings, notOneJobPage, readListingSigns } from './generic/listing-signs';
import { listLeadIns } from './generic/list-lead-ins';
import { namedApplyForm } from './generic/apply-form';
import { oneJobReference } from './generic/job-reference';
import { namesRecruitingMailbox } from './generic/recruiting-mailbox';
import { locationFromProse } from './generic/prose-location';
import { shownPartOfPlace } from './generic/shown-place';
import { titleTownShown } from './generic/title-town';
import { employerBesideHeading } from './generic/header-employer';
import { isPayOnly, placeAmongFacts, withoutEmployerPart, withoutGluedFacts } from './generic/place-tail';
import { jobTextCues, namesRoleMore, titleAnnouncesHireMore } from './generic/plain-job-signs';
import { townOfMunicipality } from './generic/municipality';
import { addressText, townInAddress } from './generic/address-town';
import {
  headerFactsOf,
  readerOf,
  readHeuristicsOf,
  type ExtractState,
  type ExtractStep,
  type NamedStep,
} from './steps';
import { FIELD_NAMES, type FieldName } from './types';

const JOB_URL =
  /\/(jobs?|careers?|positions?|vacanc(y|ies)|stellenangebote?|stellen|stellenanzeigen?|jobannonce|viewjob|opening|offres?|emploi|vacatures?|recrutement|recrutamento|karriere|empleos?|trabajos?|ofertas?|lavora-con-noi|ledige-stillinger|lediga-jobb|offerte-lavoro|offerta|vagas?|vaga-de[^/]*|praca|emprego|stilling|job\/ad|tyopaikat|job-posting|requisition|apply|applications?)([/?_-]|$)|[?&](jk|vjk|gh_jid|jobid|job_id|currentjobid)=/i;

/**
 * A results page with one job open in a pane beside the list, the URL naming that job: the job's heading
 * and the lines under it, read again from the pane, and the page read as that job (the reader's walk too).
 */
const jobPane: ExtractStep = (s) => {
  const { document } = s;
  const listHeading = s.heur.signals.titleElement;
  if (s.ld.postingCount || s.patch.isPosting !== undefined) return;
  // (A search page titled only "Jobs | Site", its pane without hooks: the link to the job the URL names, above the
  // job's text.)
  const pageName = PAGE_NAME_TITLE.test(clean(document.title ?? '').split(/\s+[|–—-]\s+/)[0] ?? '');
  const listed = titleReadsAsList(document, listHeading);
  if (!listed && !pageName) return;
  const pane = listed ? jobPaneHeading(document, s.pageHref, listHeading) : selectedJobLink(document, s.pageHref);
  if (!pane) return;
  // The page's <title> names the search, not the job: only structured data tells the title.
  const { heur, heuristics, confirmed } = readHeuristicsOf(s, s.structured.title, pane);
  s.heur = heur;
  s.heur.signals.listTitle = false;
  s.paneTitle = true;
  s.candidates.heuristics = heuristics;
  s.candidates.confirmed = confirmed;
  s.skipReader = false;
};

/**
 * The generic reader: one walk over the page for labels and telling attributes, then the header
 * line and the title patterns (only when structured data left their fields open).
 */
const readGeneric: ExtractStep = (s) => {
  const { document, structured, meta, heur } = s;
  // In a script without the reader, `chooseParts` asked for it or set `skipReader`.
  const reader = s.skipReader ? null : readerOf(s);
  if (!reader) return; // labelled and attributes stay empty, as initialState left them
  s.scan = reader.scanPage(document);
  const lang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  s.labelled = reader.readLabelled(s.scan.labels, { now: s.now, dayFirst: !!lang && !/^en(-us)?$/.test(lang) });
  s.postedTime = s.scan.postedTimes.map((t) => parseDate(t)).find(Boolean) ?? undefined;
  s.attributes = reader.readAttributes(s.scan.attributes);
  const needPlaceOrCompany = !structured.company || !structured.locations?.length;
  const knownRole = heur.fields.title ?? structured.title ?? meta.fields.title ?? null;
  // A heading that shows the whole title ("Class A CDL Driver - Local Routes") says the whole title is the role.
  const heading = heur.signals.titleElement?.textContent ?? '';
  const shown = !!knownRole && nameKey(heading) === nameKey(knownRole);
  if (needPlaceOrCompany)
    s.titleInfo = readTitles(reader, [meta.docTitle, meta.ogTitle], knownRole, meta.siteName, s.host, shown);
  if (needPlaceOrCompany || !structured.datePosted) {
    // (The employer the title or the data names tells "Atelier Morel, Angers" under the heading from a town and region.)
    const known = structured.company ?? s.titleInfo.company ?? null;
    s.header = reader.readHeaderLine(heur.signals.headerLines, heur.signals.headerLineParts, s.now, known);
    // "Solbacka Fastigheter AB · Uppsala" written above the heading, when nothing under it says so.
    const above = heur.signals.lineAbove;
    if (above && !s.header.company && !s.header.places.length) {
      const read = reader.readHeaderLine([above], [[]], s.now);
      s.header = { ...read, datePosted: s.header.datePosted ?? read.datePosted };
    }
  }
};

const MAX_PLACE_CHARS = 80;

/** Every source merged field by field in trust order; visible salary wording that agrees with structured numbers. */
const mergeSources: ExtractStep = (s) => {
  const { ld, microdata: md, heuristics: heur, meta, confirmed } = s.candidates;
  const { header, titleInfo, labelled } = s;
  // A labelled street address is the office; the place under the title is how the posting names it
  // (a known place, or the address's own town shown there: "Coupure Links 311, 9000 Gent" and "Gent · Voltijds").
  const address =
    labelled.fields.locations?.length === 1 && isStreetAddress(labelled.fields.locations[0]!)
      ? labelled.fields.locations[0]!
      : null;
  const shownTown = address && !header.places.length ? townShownUnderTitle(address, s.heur.signals) : null;
  const labelFields =
    address && (header.places.length || shownTown)
      ? { ...labelled.fields, locations: shownTown ? [shownTown] : undefined }
      : labelled.fields;
  // A "Department: Public Works" row names a unit: the employer a hooked name shows ("agency-name") comes first.
  const unitRow = labelled.companyIsUnit && !!s.attributes.company;
  const labels: Candidate = {
    source: 'labels',
    fields: unitRow ? { ...labelFields, company: undefined } : labelFields,
  };
  // A sentence under the heading that names the structured town ("… 14 ansatte i Tromsø og Finnsnes. …") is prose, not
  // a place line: structured data's place stays. (Checked here, not in the capture script, which has no room.)
  if (confirmed.fields.locations?.some((place) => place.length > MAX_PLACE_CHARS || /[.!?]\s|\?$/.test(place)))
    confirmed.fields = {};
  // "Luogo di lavoro: Lugano" under the title agrees with the title's place; the labelled value is the place itself.
  const line = s.heur.confirmedLocations;
  const labelled1 = labelFields.locations;
  if (
    line?.length === 1 &&
    labelled1?.length === 1 &&
    line[0] !== labelled1[0] &&
    line[0]!.endsWith(` ${labelled1[0]}`)
  )
    confirmed.fields = { locations: labelled1 };
  const time: Candidate = { source: 'heuristics', fields: { datePosted: s.postedTime } };
  const attrs: Candidate = { source: 'attributes', fields: s.attributes };
  const headerC: Candidate = {
    source: 'header',
    fields: {
      company: header.company ?? undefined,
      locations: header.places.length ? header.places : undefined,
      validThrough: header.validThrough ?? undefined,
      workMode: header.workMode ?? undefined,
    },
  };
  const title: Candidate = {
    source: 'title',
    fields: { company: titleInfo.company ?? undefined, locations: titleInfo.place ? [titleInfo.place] : undefined },
  };
  // Relative dates ("1 week ago") only when nothing absolute exists.
  const relative: Candidate = {
    source: 'header',
    fields: { datePosted: header.datePosted ?? labelled.relativePosted ?? undefined },
  };
  const merged = mergeFields({
    title: [ld, md, heur, meta],
    company: [ld, md, meta, labels, attrs, headerC, title],
    locations: [confirmed, ld, md, labels, attrs, headerC, heur, title],
    workMode: [ld, md, labels, attrs, heur, headerC],
    employmentType: [ld, md, labels, attrs, heur, meta],
    salary: [ld, md, labels, attrs, heur, meta],
    datePosted: [ld, md, labels, time, attrs, heur, relative],
    validThrough: [ld, md, labels, attrs, headerC],
    applyUrl: [ld, heur],
    descriptionHtml: [ld, md],
    url: [ld, md],
  });
  // Visible salary text that agrees with structured numbers is what the user saw; the structured
  // currency still wins over the visible symbol.
  const confirmedSalary = s.heur.confirmedSalaryText;
  if (merged.fields.salary && confirmedSalary) {
    const structuredCurrency = merged.fields.salary.currency;
    const visible = parseSalaryText(confirmedSalary, merged.fields.salary);
    if (visible) merged.fields.salary = structuredCurrency ? { ...visible, currency: structuredCurrency } : visible;
  }
  s.fields = { ...merged.fields };
  s.from = { ...merged.from };
  // "Harrogate (Hybrid)", "Dayton, OH (Onsite)": the place as shown also says how the job is worked.
  const placeMode = !s.fields.workMode && workModeFromText(s.fields.locations?.join(' | ').slice(0, 300));
  if (placeMode) {
    s.fields.workMode = placeMode;
    s.from.workMode = s.from.locations ?? 'heuristics';
  }
  // "Research Assistant at EURAXESS" with og:site_name "EURAXESS": the site's own name is never the employer a row names.
  const rowCompany = labelled.companyIsUnit ? undefined : labelled.fields.company;
  if (
    rowCompany &&
    (s.from.company === 'meta' || s.from.company === 'title' || s.from.company === 'header') &&
    nameKey(s.fields.company ?? '') === nameKey(s.meta.siteName ?? '-')
  ) {
    s.fields.company = rowCompany;
    s.from.company = 'labels';
  }
  // "Careers at Phoenix, AZ" (an ATS that names its portal for the job's place): a title naming a place names no
  // employer; the name the page shows (logo, ©, an "About X" heading) does, else none.
  const titleReader = s.options.reader && s.options.reader !== 'later' ? s.options.reader : null;
  const named = s.fields.company;
  if (
    named &&
    titleReader &&
    /^(meta|title)$/.test(s.from.company ?? '') &&
    namesPlace(named, s.fields.locations ?? [])
  ) {
    const page = pageCompany(s, titleReader);
    const shown = page.shown ?? page.about;
    if (shown) {
      s.fields.company = shown;
      s.from.company = 'page';
    } else {
      delete s.fields.company;
      delete s.from.company;
    }
  }
  // "Kestrel County, OR" beside "Harlan Ferry, OR": the public body's state is the place's, not part of its name.
  const state = s.fields.company?.match(/^(.{2,80}?),\s*([A-Z]{2,3})$/);
  if (state && s.fields.locations?.some((place) => place.endsWith(`, ${state[2]}`))) s.fields.company = state[1]!;
  const fromTitle = s.from.company === 'meta' || s.from.company === 'title';
  if (s.fields.company && s.fields.locations?.length && fromTitle)
    s.fields.company = companyWithoutPlace(s.fields.company, s.fields.locations);
  // ("Product Engineer at Attio in London [Remote], UK": the place after "in" is no part of the name.)
  if (s.fields.company && fromTitle) s.fields.company = withoutPlaceAfterIn(s.fields.company);
  // ("Role at Saptarang Softlabs - Board" and a hooked "Saptarang Softlabs Pvt Ltd" link: the name in full.)
  for (const full of [s.meta.siteName, labelled.fields.company, s.attributes.company])
    if (s.fields.company && fromTitle && full) s.fields.company = withLegalForm(s.fields.company, full);
  // A lone header part ("Production · Full-time · Austin") loses to a title that names the site's own name.
  // (A header company exists only when the reader ran, so `options.reader` is the reader here.)
  const reader = s.options.reader && s.options.reader !== 'later' ? s.options.reader : null;
  const siteCompany =
    titleInfo.company && nameKey(titleInfo.company) === nameKey(s.meta.siteName) ? titleInfo.company : null;
  if (s.from.company === 'header' && siteCompany && reader && !reader.boardHostWords.test(`.${s.host}`)) {
    s.fields.company = siteCompany;
    s.from.company = 'title';
  }
  // "JobNest · Berlin · 2 days ago" on jobnest.example: on a job board the board's own name on the header line names
  // no employer (a wrong employer is worse than none).
  if (
    s.from.company === 'header' &&
    reader &&
    isSiteName(s.fields.company ?? '', s.meta.siteName ?? '', s.host) &&
    (reader.boardHostWords.test(`.${s.host}`) || reader.isJobBoardDomain(s.host))
  ) {
    delete s.fields.company;
    delete s.from.company;
  }
  // On the employer's own site or an ATS, a header part the page's own name (logo, ©) does not contain is not the
  // employer: "Sheffield · Permanent · Posted …" under the title names the place.
  // A part the page's title also names ("Role - Quillfeather - Austin, TX | Board") is the employer.
  const titles = nameKey(`${s.meta.docTitle ?? ''} ${s.meta.ogTitle ?? ''}`);
  // (Not a name written with its street address: "Larkspur Bakery, 14 Mill Lane" on a noticeboard.)
  const part =
    s.from.company === 'header' && !header.addressed && !titles.includes(nameKey(s.fields.company ?? ''))
      ? s.fields.company
      : undefined;
  const shown = part && reader ? pageCompany(s, reader).shown : null;
  // ("Fjordbo Byg ApS · Kolding" under a "Fjordbo Byg" logo: the part is the shown name with its legal form.)
  if (part && shown && !nameKey(shown).includes(nameKey(part)) && withLegalForm(shown, part) === shown) {
    s.fields.company = shown;
    s.from.company = 'page';
    if (!s.fields.locations?.length && part.split(/\s+/).length <= 3) {
      s.fields.locations = [part];
      s.from.locations = 'header';
    }
  }
};

/**
 * "Phoenix, AZ" (a name written "Town, Region" that reads as a place), or one of the posting's places written out:
 * a place, not an employer.
 */
export function namesPlace(name: string, places: readonly string[]): boolean {
  const key = nameKey(name);
  if (!key) return false;
  // (The same words in another order name the same place: "Remote US" beside "US-Remote".)
  const words = (t: string) => nameKey(t).split(/\s+/).sort().join(' ');
  return (
    places.some((place) => nameKey(place) === key || words(place) === words(name)) ||
    (/^[^,]+,\s*[^,]+$/.test(name) && isPlace(name)) ||
    isRemotePlace(name)
  );
}

/** The town of a street address ("…, 9000 Gent"), when a line right under the title shows it as one of its parts. */
function townShownUnderTitle(
  address: string,
  signals: { headerLines: string[]; headerLineParts: string[][] },
): string | null {
  const town = clean(address.split(',').pop() ?? '').replace(/^(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+/, '');
  if (!town || /\d/.test(town)) return null;
  for (let i = 0; i < Math.min(3, signals.headerLines.length); i++) {
    const parts = [...signals.headerLines[i]!.split(/\s*[·•|]\s*/), ...(signals.headerLineParts[i] ?? [])];
    if (parts.some((p) => clean(p) === town)) return town;
  }
  return null;
}

/** What the page shows as its employer: one scan of logo, © and "About X" per run, however many steps ask. */
function pageCompany(s: ExtractState, reader: GenericReader): PageCompany {
  return (s.pageCompany ??= reader.companyFromPage(s.document, s.pageUrl));
}

/** What the site rule read replaces what the generic sources found. */
const applySitePatch: ExtractStep = (s) => {
  if (!s.rule) return;
  for (const key of FIELD_NAMES) {
    const value = s.patch[key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
    (s.fields as Record<FieldName, unknown>)[key] = value;
    s.from[key] = `site:${s.rule.id}`;
  }
};

/**
 * A forum post's tagged head ("[Hiring] Bookkeeper | $30/hr | Remote (US)", an issue's "[Remote] Data Engineer @
 * Lanternfield #482"): the role is the title; its pay, place and employer are the post's own, read when nothing
 * labelled gave them.
 */
const taggedHead: ExtractStep = (s) => {
  const head = s.fields.title ? readTaggedHead(s.fields.title) : null;
  if (!head) return;
  s.fields.title = head.role;
  // "Role @ Company": the employer the post names wins over one guessed from the page's titles or header.
  const weak =
    !s.fields.company || s.from.company === 'title' || s.from.company === 'meta' || s.from.company === 'header';
  if (head.company && weak) {
    s.fields.company = head.company;
    s.from.company = s.from.title ?? 'heuristics';
  }
  // Its facts count as a one-line posting's do (the HN "Company | Role | Place | Pay" line).
  s.meta.lineFacts += (head.pay ? 1 : 0) + (head.place ? 1 : 0);
  const source = s.from.title ?? 'heuristics';
  if (head.place && !s.fields.locations?.length) {
    s.fields.locations = [head.place];
    s.from.locations = source;
  }
  const pay = head.pay && !s.fields.salary ? parseSalaryText(head.pay) : null;
  if (pay) {
    s.fields.salary = pay;
    s.from.salary = source;
  }
};

/**
 * A title that puts the employer first ("Acme Corp – Senior Analyst", a published document's), read as role and
 * employer by the words each part holds. Only where no structured data or site rule named them.
 */
const employerFirstTitle: ExtractStep = (s) => {
  const { title, company } = s.fields;
  const weak = (from: string | undefined) => !from || /^(heuristics|meta|title|header)$/.test(from);
  if (!title || !weak(s.from.title) || (company && !weak(s.from.company)) || s.skipReader) return;
  const pair = readerOf(s)?.roleSecond(title, company ?? null, s.meta.docTitle ?? '');
  if (!pair) return;
  s.fields.title = pair.title;
  s.fields.company = pair.company;
  s.from.company = 'title';
};

/** "Welder at Castlegate Fabrication" in the heading, the employer read apart: the title is the role alone. */
const roleAtCompany: ExtractStep = (s) => {
  const { title, company } = s.fields;
  if (!title || !company || !/^(heuristics|meta)$/.test(s.from.title ?? '')) return;
  const m = title.match(ROLE_AT);
  if (m && nameKey(m[2]!) === nameKey(company)) s.fields.title = clean(m[1]!);
};

/** Indeed's hidden title suffix in other languages ("… - offre d'emploi"; cleanTitle cuts the English and German). */
const BOARD_SUFFIX =
  /\s*[-–—|]\s*(?:offre d['’]emploi|offerta di lavoro|oferta (?:de (?:trabajo|empleo)|pracy)|vacature|vaga de emprego)\s*$/i;

/**
 * A title without a board's hidden suffix; a heading read as the title also loses a cheer before the role and a
 * requisition number after it (`title-trim.ts`).
 */
const titleTrimmed: ExtractStep = (s) => {
  const title = s.fields.title?.replace(BOARD_SUFFIX, '');
  if (!title) return;
  s.fields.title = /^(heuristics|meta|title|header)$/.test(s.from.title ?? '') ? trimTitle(title) : title;
};

/**
 * Pay the job board estimated, not the employer's ("$42 - $55 Per Hour (Glassdoor est.)", "Estimated: $40,000 a year",
 * "Geschätztes Gehalt", "Salaire estimé"). "Employer est." and "Employer provided" are the employer's own figures.
 */
const BOARD_ESTIMATE =
  /\((?:[\p{L}.]+\s)?est\.?\)|^\W*(?:estimated|est\.|estimation|estimé|geschätzt(?:es)?|estimado|estimativa|geschat)\b|\b(?:estimated (?:pay|salary|base pay)|salary estimate|not provided by the employer|schätzung|salaire estimé|salario estimado)\b/iu;
const EMPLOYER_FIGURE = /\bemployer(?:\s+est\.|\s+provided)|\(employer\b/i;

/** Pay the board estimated is not the employer's: left out, so a pay sentence in the description may still give it. */
const boardEstimate: ExtractStep = (s) => {
  const text = s.fields.salary?.text ?? '';
  if (s.from.salary === 'json-ld' || s.from.salary === 'microdata' || EMPLOYER_FIGURE.test(text)) return;
  if (!BOARD_ESTIMATE.test(text)) return;
  delete s.fields.salary;
  delete s.from.salary;
};

/**
 * The employer the page shows (logo, "Careers at X", ©) on an ATS or the company's own site; the
 * ATS URL's slug only as a last resort.
 */
const companyShown: ExtractStep = (s) => {
  if (s.fields.company) {
    // "Pebblestack" from a title or a rule, "Pebblestack B.V." in the structured data, the site's name or the
    // logo: the name with its legal form, as the page shows it.
    const company = s.fields.company;
    const reader = s.skipReader ? null : readerOf(s);
    const others = [s.candidates.ld.fields.company, s.candidates.microdata.fields.company, s.meta.siteName];
    for (const other of others)
      if (other && withLegalForm(company, other) !== company) return void (s.fields.company = other);
    const structured = s.from.company === 'json-ld' || s.from.company === 'microdata';
    const named = reader && !structured ? pageCompany(s, reader) : null;
    // (A board's own brand shown in its logo never replaces the employer a row names.)
    const shown = named && !named.board ? named.shown : null;
    // An "Organization:" row that names a unit ("3 North Telemetry Unit") under the employer's own logo or ©.
    // A block hooked "organisation" that names a department ("Børne- og Ungeforvaltningen · Dagtilbud Syd") under a
    // logo the page's title agrees with: the logo and the title name the employer.
    const unit =
      (s.from.company === 'labels' && s.labelled.companyIsUnit) ||
      (s.from.company === 'attributes' &&
        !!s.titleInfo.company &&
        sharesName(shown ?? '', s.titleInfo.company) &&
        // (A hooked "Rijksdienst voor Dijkbeheer" under a board's own logo is the employer: only a unit gives way.)
        ORG_UNIT.test(company));
    if (shown && unit && !sharesName(shown, company)) {
      s.fields.company = shown;
      s.from.company = 'page';
      return;
    }
    if (shown) s.fields.company = withLegalForm(company, shown);
    return;
  }
  if (s.skipReader) return;
  const reader = readerOf(s);
  if (!reader) return;
  const named = pageCompany(s, reader);
  const company = named.shown ?? named.about ?? named.slug;
  if (company) {
    s.fields.company = company;
    s.from.company = named.shown || named.about ? 'page' : 'url';
  }
};

/**
 * A board's "Company Information" box naming the employer ("Name: Rift Grain Millers Ltd", `generic/company-box.ts`),
 * else the logo and link beside the heading that agree on a name (`generic/header-employer.ts`), over no name, one
 * guessed from the page's title, or the board's own logo.
 */
const companyBox: ExtractStep = (s) => {
  const company = s.fields.company;
  const guessed =
    !company ||
    /^(meta|title|url)$/.test(s.from.company ?? '') ||
    (s.from.company === 'page' && isSiteName(company, s.meta.siteName, s.host));
  if (!guessed || s.skipReader) return;
  const name = companyBoxName(s.document) ?? employerBesideHeading(s.heur.signals.titleElement);
  if (!name || isSiteName(name, s.meta.siteName, s.host)) return;
  s.fields.company = name;
  s.from.company = 'labels';
};

/** "El Paso, Texas" and "Maintenance" from one location line: the department is no place (`generic/place-list.ts`). */
const departmentNotPlace: ExtractStep = (s) => {
  const places = s.fields.locations;
  if (!places || places.length < 2 || s.from.locations === 'json-ld' || s.from.locations === 'microdata') return;
  const kept = withoutDepartments(places);
  if (kept.length !== places.length) s.fields.locations = kept;
};

/**
 * Structured data's place that joins a street or a department to the town the page's title and heading lines show
 * alone ("14 Harbour Row, Bristol, GB" beside "Data Analyst - Bristol"): the town as shown (`generic/shown-place.ts`).
 */
const structuredPlaceAsShown: ExtractStep = (s) => {
  const places = s.fields.locations;
  if (places?.length !== 1 || (s.from.locations !== 'json-ld' && s.from.locations !== 'microdata')) return;
  const signals = s.heur.signals;
  const shown = [
    s.meta.docTitle ?? '',
    s.meta.ogTitle ?? '',
    signals.titleElement?.textContent ?? '',
    ...(signals.headerLines ?? []).slice(0, 3),
  ];
  const town = shownPartOfPlace(places[0]!, shown);
  if (town) s.fields.locations = [town];
};

/**
 * No place yet, and a line of facts under the heading names one ("Hexham, Northumberland · Full-time · £31,000"):
 * that place (`generic/place-tail.ts`).
 */
const placeAmongHeaderFacts: ExtractStep = (s) => {
  if (s.fields.locations?.length) return;
  for (const line of (s.heur.signals.headerLines ?? []).slice(0, 3)) {
    const place = placeAmongFacts(line, [s.fields.title, s.fields.company]);
    if (place) {
      s.fields.locations = [place];
      s.from.locations = 'header';
      return;
    }
  }
};

/** Whether one name contains the other ("Larchmont Valley Health", "Larchmont Valley Health System"). */
function sharesName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

/**
 * The description container from our own pass, before any Readability, with the posting's sibling
 * sections. Structured data that holds only a teaser or a part of what the page shows gives way to
 * the whole posting the page shows (credited to `page`).
 */
const ownDescription: ExtractStep = (s) => {
  const title = s.heur.signals.titleElement;
  if (s.from.descriptionHtml === 'json-ld' && s.fields.descriptionHtml)
    s.fields.descriptionHtml = withPostingParts(s.fields.descriptionHtml, s.ld.posting);
  if (!s.fields.descriptionHtml && !s.skipReader) {
    if (!readerOf(s)) return;
    const html = postingOnPage(s);
    if (html) {
      s.fields.descriptionHtml = html;
      s.from.descriptionHtml = 'page';
    }
  }
  const view = s.document.defaultView;
  s.description = describe(s.fields.descriptionHtml, view);
  const from = s.from.descriptionHtml;
  if ((from === 'json-ld' || from === 'microdata') && s.description.text) {
    const found = shownPosting(s.document, s.description.text, title);
    const fuller = found === undefined ? fullerThanSummary(s, s.description.text) : null;
    const shown = fuller?.raw ?? found;
    if (shown) {
      s.fields.descriptionHtml = shown;
      s.from.descriptionHtml = 'page';
      s.description = fuller?.read ?? describe(shown, view);
    }
  }
};

/** The posting our own pass finds on the page (`generic/description.ts`), with its sibling sections; '' for none. */
function postingOnPage(s: ExtractState): string {
  const title = s.heur.signals.titleElement;
  const el = s.skipReader ? null : readerOf(s)?.findDescriptionElement(s.document, s.scan.attributes);
  if (!el) return '';
  const blocks = sectionsPastBreak(postingBlocks(el, 'wrappers', title, SECTION_HEADING), title);
  return blocksHtml(sectionsInBranches(blocks, title));
}

/**
 * Structured data that describes the job in words the page never shows (`shownPosting` found none of them: a summary
 * written for job boards) gives way to the posting our own pass finds on the page when that is far longer. Returns
 * that posting with its reading, so it is described once.
 */
function fullerThanSummary(
  s: ExtractState,
  structured: string,
): { raw: string; read: ExtractState['description'] } | null {
  const raw = postingOnPage(s);
  if (!raw) return null;
  const read = describe(raw, s.document.defaultView);
  const shown = read.text.length;
  const short = structured.length;
  return shown >= short * 1.5 && shown - short >= 200 ? { raw, read } : null;
}

/** A place, a salary, a closing date and the employment type stated in the description, when nothing else gave them. */
const factsInDescription: ExtractStep = (s) => {
  if (s.description.text) fillFacts(s, s.description.text, 'description');
};

/** The facts a description states, credited to `source` (the description, or Readability's reading of the page). */
function fillFacts(s: ExtractState, text: string, source: string): void {
  fillPlace(s, text);
  fillFromText(s, text, source);
  if (!s.fields.employmentType) {
    const type = employmentInProse(text);
    if (type) {
      s.fields.employmentType = type;
      s.from.employmentType = source;
    }
  }
}

/**
 * The title's town the page writes again, a place stated in the text, else the town of the employer's address (own
 * sites: the footer or the ad's last line), else the town a public employer is named for ("Strandviks kommun"), and
 * last the employer's seat a sentence gives ("Harrow & Pine is based in London").
 */
function fillPlace(s: ExtractState, text: string): void {
  if (s.fields.locations?.length) return;
  const address = addressText(s.document);
  // (A step run alone on a state without the page's meta, as the staged-run test does, reads no title.)
  const meta = s.meta as ExtractState['meta'] | undefined;
  const place =
    (meta
      ? titleTownShown(
          [meta.docTitle, meta.ogTitle],
          [s.fields.title, s.fields.company, meta.siteName],
          address,
          text,
          (s.heur.signals.headerLines ?? []).join('\n'),
        )
      : null) ??
    locationFromProse(text) ??
    townInAddress(text) ??
    townInAddress(address) ??
    (s.fields.company ? townOfMunicipality(s.fields.company, `${text}\n${s.meta.docTitle ?? ''}`) : null) ??
    locationFromProse(text, true);
  if (place) {
    s.fields.locations = [place];
    s.from.locations = 'prose';
  }
}

/** Salary and closing date from description text, credited to `source`. */
function fillFromText(s: ExtractState, text: string, source: string): void {
  if (!s.fields.salary) {
    const parsed = findSalary(text);
    if (parsed) {
      s.fields.salary = parsed;
      s.from.salary = source;
    }
  }
  if (!s.fields.validThrough) {
    const deadline = readClosingDate(text);
    if (deadline) {
      s.fields.validThrough = deadline;
      s.from.validThrough = source;
    }
  }
}

/**
 * The employer as the page writes it in full: the logo's or the © line's longer name, or the name with
 * its legal form in the ad's text ("Pennock" → "Pennock Mutual Assurance"). An ad on a board that named
 * no employer anywhere else names it beside its address on its last lines.
 */
const fullCompanyName: ExtractStep = (s) => {
  if (s.skipReader || s.from.company?.startsWith('site:')) return;
  const reader = readerOf(s);
  if (!reader) return;
  const company = s.fields.company;
  if (!company) {
    const named = reader.employerBeforeAddress(s.description.text);
    if (named) {
      s.fields.company = named;
      s.from.company = 'description';
    }
    return;
  }
  // The page title's last part names the employer in full, as a © line or the site's name would ("… Job Details |
  // HSBC Global Services Limited", "Role | Kestrel Pumps Ltd").
  const titleParts = (s.meta.docTitle ?? '').split(/\s+[|–—-]\s+/);
  const titleName = titleParts.length > 1 ? titleParts.pop()! : '';
  const shown: ShownName[] = [...(pageCompany(s, reader).names ?? [])];
  if (titleName) shown.push({ name: titleName, kind: 'copyright' });
  let full = reader.fullerName(company, shown, s.description.text);
  if (full === company && titleName) full = withLegalForm(company, titleName);
  if (full !== company) s.fields.company = full;
};

/**
 * Structured pay ("minValue": 2950) with the sentence the ad says it in ("2.950,00 € brutto pro Monat"):
 * the page's wording and its numbers, as the user reads them, the structured currency kept.
 */
const visiblePayWording: ExtractStep = (s) => {
  const salary = s.fields.salary;
  const from = s.from.salary;
  if (!salary || (from !== 'json-ld' && from !== 'microdata') || s.heur.confirmedSalaryText) return;
  // A single structured value (microdata value="2450") may be the start of the range the ad states.
  const single = salary.min === salary.max;
  const same = (shown: Salary) =>
    agrees(shown.min, salary.min) &&
    (salary.max === null ||
      agrees(shown.max, salary.max) ||
      (single && shown.max !== null && shown.max > shown.min!)) &&
    (!salary.period || !shown.period || salary.period === shown.period);
  // The description first; structured data's description may be a teaser, so then the page's own text.
  const shown =
    findSalaryWhere(s.description.text, same) ?? findSalaryWhere(visibleText(s.document.body, 60_000, true), same);
  if (!shown) return;
  s.fields.salary = {
    ...shown,
    currency: salary.currency ?? shown.currency,
    period: shown.period ?? salary.period,
  };
};

/**
 * "€ 3.200 - € 3.900" in the facts under the heading, "… tussen € 3.200 en € 3.900 bruto per maand" in the text: the
 * period the ad states for the same amounts is the pay's period.
 */
const payPeriodFromText: ExtractStep = (s) => {
  const salary = s.fields.salary;
  if (!salary || salary.period || salary.min === null) return;
  const same = (shown: Salary) =>
    shown.period !== null &&
    agrees(shown.min, salary.min) &&
    (salary.max === null || salary.max === salary.min ? true : agrees(shown.max, salary.max));
  const shown = findSalaryWhere(s.description.text, same);
  if (shown?.period) s.fields.salary = { ...salary, period: shown.period };
};

function agrees(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) <= Math.max(1, b * 0.005);
}

/** Is this page one job posting? (score and reasons, `detect.ts`). */
const detectPosting: ExtractStep = (s) => {
  const { document, heur, patch, ld, rule, fields, pageUrl } = s;
  const schemaTypes = new Set(ld.types);
  for (const el of all(document, '[itemtype]', 30)) {
    const type = (el.getAttribute('itemtype') ?? '').split('/').pop();
    if (type) schemaTypes.add(type);
  }
  const headerFacts = headerFactsOf(s);
  // detect() weighs the larger count up to ENOUGH_HEADINGS: the page's own is not needed when the heuristics' got there.
  const enough = heur.signals.jobHeadings >= ENOUGH_HEADINGS ? 0 : ENOUGH_HEADINGS;
  const read = readPageSignals(document, fields.title, heur.signals.titleElement, enough, s.paneTitle);
  // (The hiring lead-ins are read here, not in `signals.ts`: the capture script bundles that file.)
  // (Job nouns at the end of a compound, "Lagermedarbejder", are read here: the capture script does not carry them.)
  const compound =
    !!fields.title &&
    fields.title.length <= 160 &&
    (endsWithJobNoun(fields.title) || endsLikeJobNoun(fields.title) || namesRoleMore(fields.title)) &&
    !read.topicTitle;
  const page = {
    ...read,
    // (Or the page's markup hooks its one title line as the job's title, in a language our role words miss.)
    roleTitle:
      read.roleTitle ||
      compound ||
      (!!fields.title && (announcesHire(fields.title) || hookedAsJobTitle(document, fields.title))),
    // (Or a form that sends the candidate's name and e-mail to an "apply" or "recruit" address, with no CV field.)
    applyForm: read.applyForm || (!heur.signals.applyFound && !read.applyFound && namedApplyForm(document)),
  };
  // Sections written as sentences leading into lists ("Vous aurez pour mission :") count as the headings they stand for.
  const headings = Math.max(heur.signals.jobHeadings, page.jobHeadings);
  const jobHeadings =
    headings < ENOUGH_HEADINGS ? Math.min(ENOUGH_HEADINGS, headings + listLeadIns(document)) : headings;
  const titleBlock = heur.signals.titleElement?.parentElement ?? null;
  const applyInText = !page.applyFound && !page.applyForm && CV_WORDS.test(visibleText(titleBlock, 3000));
  const mainText = visibleText(contentRoot(document, heur.signals.titleElement) ?? document.body, 8000, true);
  // Several postings in the structured data: a list, unless the page names one of them.
  const several =
    (ld.postingCount >= 2 && ld.postingCount <= 3) || all(document, '[itemtype$="/JobPosting"]', 2).length >= 2;
  const detected = detect({
    jsonLdPostings: ld.postingCount,
    schemaTypes,
    microdata: !!s.microdata?.title,
    site: rule ? { id: rule.id, isPosting: patch.isPosting, reason: patch.reason } : null,
    hasTitle: !!fields.title,
    descriptionChars: s.description.text.length,
    // (Or the text gives a recruiting mailbox to write to: "jobs@…".)
    applyFound: heur.signals.applyFound || page.applyFound || namesRecruitingMailbox(mainText),
    jobHeadings,
    jobLinks: heur.signals.jobLinks,
    // (Or the line right under the heading only counts results: "Magazynier Poznań" over "57 ofert".)
    listTitle:
      (page.listTitle || countLine(heur.signals.headerLines[0]) || (!s.paneTitle && countInTitle(document))) &&
      !ld.postingCount &&
      patch.isPosting !== true,
    headerFacts,
    ogType: s.meta.ogType,
    urlLooksLikeJob: !!pageUrl && JOB_URL.test(pageUrl.pathname + pageUrl.search),
    applyForm: page.applyForm,
    roleTitle: page.roleTitle,
    topicTitle: page.topicTitle,
    applyInText,
    postingWords: page.postingWords,
    jobTextCues: jobTextCues(mainText),
    jobReference: oneJobReference(mainText),
    hireSentence: announcesHireInText(mainText),
    hireTitle: !!fields.title && (announcesHire(fields.title) || titleAnnouncesHireMore(fields.title)),
    structuredList: several && listsSeveralPostings(document, ld.postingTitles),
    pageKind:
      ld.postingCount || s.microdata?.title || patch.isPosting === true || !!openedByAddress(document, pageUrl)
        ? null
        : notOneJobPage(document, heur.signals.titleElement, { roleTitle: page.roleTitle, jobHeadings }),
  });
  if (!mightSettle(detected, page)) {
    s.verdict = detected;
    return;
  }
  // An unsure page may be plainly a list, an event, an alert sign-up or a company page: the signs say.
  s.verdict = settleUnsure(detected, () => readListingSigns(document, heur.signals.titleElement), {
    ...page,
    jobHeadings, // the count detect() read, not the page signals' own
    aboutType: schemaTypes.has('AboutPage'),
  });
};

/**
 * "…/lavora-con-noi/#job-2": the address opens one job of a careers page's list (an accordion item with its own
 * sections): the page is that job, not the list. (Never refused; its own reading is left to the user to check.)
 */
function openedByAddress(document: Document, url: URL | null | undefined): Element | null {
  const id = url?.hash.slice(1);
  if (!id) return null;
  let opened: Element | null = null;
  try {
    opened = document.getElementById(decodeURIComponent(id));
  } catch {
    return null;
  }
  if (!opened) return null;
  const headings = all(opened, 'h2, h3, h4, h5, strong', 40).filter((el) => SECTION_HEADING.test(visibleText(el, 100)));
  return headings.length >= 2 ? opened : null;
}

/** A short line that only counts results ("57 ofert", "214 Jobs", "38 ofertas encontradas"). */
function countLine(line: string | undefined): boolean {
  return !!line && line.length <= 40 && countsResults(line);
}

/** A later part of the page title that counts results ("Praca Magazynier Poznań - 57 ofert pracy | Board"). */
function countInTitle(document: Document): boolean {
  return clean(document.title ?? '')
    .split(/\s+[|–—-]\s+/)
    .slice(1)
    .some((part) => countsResults(part));
}

/**
 * Readability (given by the caller) only for a posting that no source described (or one detection
 * is unsure of: the user may save it). An application form has no description: Readability would
 * only find the form's own words.
 */
const readabilityFallback: ExtractStep = (s) => {
  const readability = s.options.readability;
  if (!readability || s.description.text || s.patch.applyForm || verdictOf(s) === 'not-posting') return;
  if (readability === 'later') {
    s.needs = 'readability';
    return;
  }
  const title = s.heur.signals.titleElement;
  const read = safe(() => readability(s.document, contentRoot(s.document, title)));
  if (!read || !read.text) return;
  const view = s.document.defaultView;
  s.description = describe(read.html || read.text, view);
  s.fields.descriptionHtml = read.html;
  // The sibling sections Readability dropped, from the page (`generic/readability-scope.ts`): only when they add
  // text, and not so much that they could be another page's worth.
  const wider = safe(() => widerReading(s.document, read.text, title));
  const widened = wider ? describe(wider, view) : null;
  const length = s.description.text.length;
  if (widened && widened.text.length > length + WIDER_MIN_ADDED && widened.text.length < length * 4) {
    s.description = widened;
    s.fields.descriptionHtml = wider!;
  }
  s.from.descriptionHtml = 'readability';
  fillFacts(s, s.description.text, 'readability');
};

/** What the sibling sections must add to Readability's reading: a short list ("Requerimientos" and five rows) counts. */
const WIDER_MIN_ADDED = 120;

/** A bare "$" or "kr" read from the page is the currency of the host's, the posting's or the page language's country. */
const localDollar: ExtractStep = (s) => {
  const { fields, from } = s;
  if (fields.salary && from.salary !== 'json-ld' && from.salary !== 'microdata') {
    const lang = s.document.documentElement?.getAttribute('lang');
    fields.salary = localizeCurrency(fields.salary, { host: s.host, places: fields.locations, lang });
  }
  // A currency word written capitalised ("Mensuel de 2450 Euros") is still the currency.
  if (fields.salary && !fields.salary.currency) {
    const named = currencyIn(fields.salary.text.toLowerCase());
    if (named) fields.salary = { ...fields.salary, currency: named };
  }
};

/** "NGN180,000 - 250,000" under the title (a code and an amount in two spans, read as one line) is the pay. */
const payGluedToCode: ExtractStep = (s) => {
  if (s.fields.salary) return;
  for (const line of s.heur.signals.headerLines.slice(0, 30)) {
    if (!GLUED_CODE.test(line)) continue;
    const shown = salaryFromLine(line.replace(GLUED_CODE, '$1 '));
    const parsed = shown ? parseSalaryText(shown) : null;
    if (parsed?.currency) {
      s.fields.salary = parsed;
      s.from.salary = 'heuristics';
      return;
    }
  }
};
const GLUED_CODE = /(?<![\p{L}])([A-Z]{3})(?=\d)/u;

/** A page that says its job is closed is still read (and can be saved), with that said first. */
const closedJob: ExtractStep = (s) => {
  s.closedNotice = closedNotice(s.document);
};

/** The closed notice, the verdict's reasons, then repairs, reader failures and the site rule's own word. */
const collectReasons: ExtractStep = (s) => {
  const { ld, patch } = s;
  const notice = s.closedNotice?.split(/(?<=[.!])\s/)[0]?.replace(/[.!]$/, '');
  // A "page not found" where a job was: it may have closed. Said only when no job was read.
  const gone = !notice && !s.verdict?.isJobPosting && goneNotice(s.document);
  const reasons = [
    ...(notice ? [`The page says this job is closed: “${notice}”`] : []),
    ...(gone ? ['This page says it could not find the job: it may have closed or been removed'] : []),
    ...(s.verdict?.reasons ?? []),
  ];
  if (ld.repaired) reasons.push(`Repaired ${ld.repaired} damaged block(s) of the page's job data`);
  if (ld.errors) reasons.push(`${ld.errors} block(s) of the page's job data could not be read`);
  if (patch.reason && patch.isPosting !== false && !reasons.includes(patch.reason)) reasons.push(patch.reason);
  s.reasons = reasons;
};

/** Not (surely) a posting: keep whatever was found, so "Save anyway" has something to edit. */
const fallbackTitle: ExtractStep = (s) => {
  if (s.verdict?.isJobPosting || s.fields.title) return;
  const title = pageHeading(s.document);
  if (title) {
    s.fields.title = title;
    s.from.title = 'page';
  }
};

function verdictOf(s: ExtractState): DetectionVerdict {
  return s.verdict?.verdict ?? 'unsure';
}

/** The page's first h1, else its <title>: a title to start from when nothing better was found. */
function pageHeading(document: Document): string | null {
  for (const el of [first(document, 'h1'), first(document, 'title')]) {
    const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, 300);
  }
  return null;
}

/** The best of the page's titles (<title>, og:title): the first that names a company, and a place. */
function readTitles(
  reader: GenericReader,
  titles: string[],
  knownRole: string | null,
  siteName: string,
  host: string,
  roleShown = false,
): TitleParts {
  const out: TitleParts = { role: null, company: null, place: null };
  const boardHost = reader.boardHostWords.test(`.${host}`) || reader.isJobBoardDomain(host);
  for (const title of titles) {
    if (!title) continue;
    // "Role | Jobs and careers | Council": the section's name is no part to read ("Jobs and" as "X Careers").
    const raw = withoutSectionParts(title);
    // A page without a heading took its title from its <title>: that string says nothing of which part is the role.
    // (Unless a heading on the page shows that same whole string.)
    const known =
      knownRole && !roleShown && title === titles[0] && nameKey(knownRole) === nameKey(raw) ? null : knownRole;
    const options = { knownRole: known, siteName, host, boardHost };
    // "Vacature Role | Company", "Job: Role", "Cercasi Role - Company": the ad's lead-in is no part of the role or the
    // name. (A heading that keeps it, "Vi søger en lagermedarbejder…", still matches the whole title.)
    const lead = stripHiringLead(raw);
    const withoutLead = lead !== raw ? reader.parseTitle(lead, options) : null;
    const parts = withoutLead?.role || withoutLead?.company ? withoutLead : reader.parseTitle(raw, options);
    out.role ??= parts.role;
    out.company ??= parts.company;
    out.place ??= parts.place ?? townAndCountyPart(raw, parts);
  }
  return out;
}

/** "Bookkeeper - Aldous & Pike - Norwich, Norfolk - Reed": a part besides the role and the name that is a town and its county. */
function townAndCountyPart(title: string, parts: TitleParts): string | null {
  if (!parts.role) return null;
  const taken = new Set([parts.role, parts.company].filter(Boolean).map((p) => nameKey(p!)));
  for (const part of title.split(TITLE_SEPARATORS)) {
    const text = part.trim();
    if (!taken.has(nameKey(text)) && isTownAndCounty(text)) return text;
  }
  return null;
}

/**
 * The page's main content for Readability: the main / article / [role=main] that holds the job's title (a teaser
 * <article> in a menu or a sidebar may come first), else the first one; when that is short, the title's section,
 * else the whole page.
 */
function contentRoot(document: Document, titleElement: Element | null): Element | null {
  const long = (el: Element | undefined) => !!el && (el.textContent ?? '').length > 500;
  const mains = all(document, 'main, [role="main"], article', 30);
  // In page order an outer one comes first: the whole <main>, not one of its <article> sections.
  const main = (titleElement && mains.find((el) => el.contains(titleElement))) || mains[0];
  if (main && long(main)) return main;
  let el = titleElement?.parentElement ?? null;
  while (el && el !== document.body && (el.textContent ?? '').length < 1500) el = el.parentElement;
  return el && el !== document.body ? el : null;
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** What the run returns: the verdict, the reasons and the posting (when a title was found). */
const buildExtraction: ExtractStep = (s) => {
  const { verdict, from, description, pageHref } = s;
  // A hiring lead-in is not the role; how a job is held ("Empleado fijo", "Part-time") is never a place.
  // (Here, not in toDraft: the capture script bundles toDraft and need not carry these word lists.)
  const fields = {
    ...s.fields,
    title: s.fields.title && withoutHiringLead(s.fields.title),
    // "Leeds, UK - Hybrid": the facts glued after a place are not part of it, nor the employer before it
    // ("Klitmøller Rederi A/S, Hanstholm"); pay alone is no place.
    locations:
      s.fields.locations &&
      uniqueLocations(
        s.fields.locations
          .filter((l) => !isEmploymentOnly(l) && !isPayOnly(l))
          .map((l) => withoutDistrict(withoutEmployerPart(withoutGluedFacts(l), s.fields.company))),
      ),
  };
  s.extraction = {
    isJobPosting: verdict?.isJobPosting ?? false,
    verdict: verdict?.verdict ?? 'unsure',
    confidence: verdict?.confidence ?? 0,
    reasons: s.reasons.map((r) => r.slice(0, 300)).slice(0, 50),
    posting: fields.title ? toDraft(fields, from, description, pageHref ?? fields.url ?? null) : null,
    ...(s.closedNotice ? { closed: true } : {}),
  };
};

/**
 * "Careers | Brightwell Dental" or "Job Details | KaziHub" for the title, or a banner repeating the portal's name
 * ("Online Employment Application"), and one heading or title-hooked line on the page that names a role ("Dental
 * Hygienist - Part Time" in an h2, a board's h4 under a "Job Details" hero): that line is the job's title, and the
 * lines under it are read again for the employer and the place (`generic/role-heading.ts`). Without one, a labelled
 * "Job Title:" row names it.
 */
const roleUnderPageName: ExtractStep = (s) => {
  const title = s.fields.title;
  if (!title) return;
  const company = s.fields.company ?? null;
  // (A title that is only the site's own name, "ChakriBazar" from "ChakriBazar - Find your next job", names no job.)
  const pageOnly = (t: string) =>
    !!t &&
    (namesPageOnly(t, company, s.meta.siteName, s.host) ||
      PORTAL_PAGE_TITLE.test(clean(t)) ||
      isSiteName(t, s.meta.siteName, s.host) ||
      namesHomeLink(s.document, t));
  // (Or a heading that only names the page, "Careers" or "Vacancies" over the one job's h2, or the site's own name
  // on its header's home link, "JobHub" over the offer's title line.)
  const echoesPortal =
    s.from.title === 'heuristics' &&
    (PORTAL_PAGE_TITLE.test(clean(title)) || PAGE_NAME_TITLE.test(clean(title)) || namesHomeLink(s.document, title));
  if (s.from.title !== 'meta' && !echoesPortal) return;
  // "ChakriBazar - Find your next job": the part read as the role is the site's own name, so the other part (read as
  // the employer) is its slogan.
  const siteAsRole = isSiteName(s.titleInfo.role ?? title.split(/\s+[-–—|]\s+/)[0]!, s.meta.siteName, s.host);
  if (!siteAsRole && !echoesPortal && !pageOnly(title) && !pageOnly(s.meta.docTitle ?? '')) {
    // "Veterinary Technologist | Larkspur Veterinary" with no heading on the page: the role is the title's role part.
    const { role, company: titleCompany } = s.titleInfo;
    if (role && titleCompany && nameKey(role) !== nameKey(title) && nameKey(titleCompany) === nameKey(company ?? ''))
      s.fields.title = role;
    return;
  }
  // (On a careers page whose address opens one job of its list, that job's own heading.)
  const opened = openedByAddress(s.document, s.pageUrl);
  const inOpened = opened ? oneRoleHeading(opened, title) : [];
  const headings = inOpened.length ? inOpened : oneRoleHeading(s.document, title);
  const row = headings.length ? null : titleRow(s.document);
  if (!headings.length && !row) return;
  s.fields.title = headings.length ? visibleText(headings[0]!, 120) : row!;
  s.from.title = headings.length ? 'heuristics' : 'labels';
  if (!headings.length) return;
  // (The page is read around that heading from now on, not around the page-name line.)
  s.heur.signals.titleElement = headings[0]!;
  if (s.skipReader) return;
  const guessed =
    (siteAsRole && s.from.company === 'title') ||
    !company ||
    /^(meta|title|url)$/.test(s.from.company ?? '') ||
    (s.from.company === 'page' && isSiteName(company, s.meta.siteName, s.host));
  if (readUnderRole(s, headings, guessed)) return;
  if (siteAsRole && s.from.company === 'title') {
    delete s.fields.company;
    delete s.from.company;
  }
};

/**
 * The employer and the place a board writes under the role's heading ("Karnaphuli Knitwear Ltd." / "Chattogram"),
 * over a name guessed from the page's own title or the board's own logo (`guessed`). (A hero heading and the card
 * under it write the role twice: the first that has lines under it.) True when a heading had either.
 */
function readUnderRole(s: ExtractState, headings: readonly Element[], guessed: boolean, facts = false): boolean {
  for (const heading of headings) {
    const under = readHeuristicsOf(s, s.fields.title!, heading).heur.fields;
    // (On a page with no other title, the pay and the job type on the short lines under it too, when nothing else
    // said: "Nantes" / "CDI" / "1555€". A pay line in a currency, never a date or a sentence that holds a year.)
    const pay = under.salary;
    if (facts && pay?.currency && pay.text.length <= 40 && !s.fields.salary)
      [s.fields.salary, s.from.salary] = [pay, 'heuristics'];
    if (facts && under.employmentType && !s.fields.employmentType)
      [s.fields.employmentType, s.from.employmentType] = [under.employmentType, 'heuristics'];
    under.company ??= employerAbovePlace(textAfter(heading, 300, 60).lines, s.fields.locations ?? []) ?? undefined;
    if (!under.company && !under.locations?.length) continue;
    if (under.company && guessed) {
      s.fields.company = under.company;
      s.from.company = 'heuristics';
    }
    if (under.locations?.length && !s.fields.locations?.length) {
      s.fields.locations = under.locations;
      s.from.locations = 'heuristics';
    }
    return true;
  }
  return false;
}

/**
 * A page with no h1 and no document title (a small site's offer page, "<h2>Candidature :</h2><h3>Chargé clientèle
 * (H/F)</h3>"): the one h2–h4 or title-hooked line that names a role is the job's title, and the lines under it
 * are read for the employer and the place.
 */
const roleOnUntitledPage: ExtractStep = (s) => {
  if (s.fields.title) return;
  const headings = oneRoleHeading(s.document, '');
  if (!headings.length) return;
  s.fields.title = visibleText(headings[0]!, 120);
  s.from.title = 'heuristics';
  s.heur.signals.titleElement = headings[0]!;
  if (!s.skipReader)
    readUnderRole(s, headings, !s.fields.company || /^(meta|title|url)$/.test(s.from.company ?? ''), true);
};

/**
 * How the job is held, set apart in its title ("Receptionist (part-time)", "Dental Hygienist - Part Time", "Koch
 * (Vollzeit)"), when no source said: only a bracket or a part after a dash made of such words, never "Contract Manager".
 */
const employmentInTitle: ExtractStep = (s) => {
  if (s.fields.employmentType || !s.fields.title) return;
  const parts = [...s.fields.title.matchAll(/\(([^()]{2,40})\)|\s[-–—|]\s+([^-–—|()]{2,40})/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  for (const part of parts) {
    const type = isEmploymentOnly(part) ? normalizeEmploymentType(part, true) : null;
    if (type) {
      s.fields.employmentType = type;
      s.from.employmentType = s.from.title ?? 'heuristics';
      return;
    }
  }
};

/** "On site", "Full-time": how the job is worked or held, read from a block a style class calls "company". */
const JOB_TERMS_WORD =
  /^(?:on[- ]?site|remote|hybrid|full[- ]time|part[- ]time|permanent|temporary|contract|freelance)$/i;

/** A page's own word or a job term, never an employer's name. */
const namesNoEmployer = (text: string): boolean =>
  GENERIC_PART.test(text) || namesPageSection(text) || JOB_TERMS_WORD.test(text);

/**
 * "Careers", "Jobs", "Kariéra", "Jobs and careers": a page's own word read where the employer's name would be names no employer (a wrong
 * company is worse than none); the opening sentence may still name it. So does a job term ("On site").
 */
const pageWordNotCompany: ExtractStep = (s) => {
  const company = s.fields.company ? clean(s.fields.company) : '';
  if (company && !s.from.company?.startsWith('site:') && namesNoEmployer(company)) {
    delete s.fields.company;
    delete s.from.company;
    // The name the page's title gives ("Electrician - Corrigan Electrical"), when it is no such word itself.
    const titled = s.titleInfo?.company ? clean(s.titleInfo.company) : '';
    if (titled && !namesNoEmployer(titled)) {
      s.fields.company = titled;
      s.from.company = 'title';
    }
  }
};

/** The employer (and its town) the description's opening sentence names as hiring, when nothing else did (`generic/lead-sentence.ts`). */
const leadEmployer: ExtractStep = (s) => {
  if (s.fields.company || !s.fields.title || !s.description.text) return;
  const lead = leadSentenceEmployer(s.description.text);
  if (!lead) return;
  s.fields.company = lead.company;
  s.from.company = 'description';
  if (lead.place && !s.fields.locations?.length) {
    s.fields.locations = [lead.place];
    s.from.locations = 'description';
  }
};

/** "Retool (W17)": the employer without the accelerator batch a startup board writes after its name. */
const companyWithoutBatch: ExtractStep = (s) => {
  if (s.fields.company) s.fields.company = withoutBatchTag(s.fields.company);
};

/** A careers site's name in Swedish or Norwegian after the employer's, as a logo's alt says it ("… karriärsida"). */
const CAREERS_SITE = /\s+karri(?:ärsida|ereside)n?$/i;

/** "Company nameWellspring Care", "Linnea Omsorg karriärsida": the employer without a label read with it. */
const companyWithoutLabel: ExtractStep = (s) => {
  if (s.fields.company) s.fields.company = withoutNameLabel(s.fields.company).replace(CAREERS_SITE, '');
};

/** The steps after the capture steps, in order. */
export const FINISHING_STEPS: readonly NamedStep[] = [
  ['job open beside a list', jobPane],
  ['generic reader', readGeneric],
  ['merge by trust', mergeSources],
  ['site patch', applySitePatch],
  ['tagged hiring head', taggedHead],
  ['employer first in the title', employerFirstTitle],
  ['title without cheer or number', titleTrimmed],
  ['role at the employer', roleAtCompany],
  ['board estimates', boardEstimate],
  ['pay glued to its currency code', payGluedToCode],
  ['company shown on the page', companyShown],
  ['a department is no place', departmentNotPlace],
  ['structured place as the page shows it', structuredPlaceAsShown],
  ['place among the facts under the heading', placeAmongHeaderFacts],
  ['company information box', companyBox],
  ['role heading under a page-name title', roleUnderPageName],
  ['role heading on an untitled page', roleOnUntitledPage],
  ['own description', ownDescription],
  ['facts in the description', factsInDescription],
  ['detect', detectPosting],
  ['readability', readabilityFallback],
  ['a page word is no employer', pageWordNotCompany],
  ['employer named in the opening sentence', leadEmployer],
  ['how the job is held, in its title', employmentInTitle],
  ['company as the page writes it in full', fullCompanyName],
  ['company without a batch tag', companyWithoutBatch],
  ['company without its screen-reader label', companyWithoutLabel],
  ['pay as the ad words it', visiblePayWording],
  ['pay period the text states', payPeriodFromText],
  ['local dollar', localDollar],
  ['closed job', closedJob],
  ['reasons', collectReasons],
  ['fallback title', fallbackTitle],
  ['extraction', buildExtraction],
];
