/**
 * Skills precision and recall on short invented postings (`tests/fixtures/skill-texts/*.txt`), one
 * per profession and language, each labelled by hand with every skill a careful recruiter would
 * tag. Half are hold-out texts (`split: holdout`), written and labelled before the taxonomy was
 * tuned; their misses and figure are printed only with SHOW_HOLDOUT=1, so that tuning does not look at them.
 *
 * File shape: `title:`, `company:`, `split:` (tuned | holdout), `skills:` (canonical names, `;`
 * separated) lines, a `---` line, then the posting: `## ` starts a heading, `- ` a list item.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { canonicalSkill } from '../../utils/summarize/skill-mentions';
import { blankPosting } from '../posting-factory';

/** The first text of the batch written for the technical taxonomy (cloud security, data, SRE, design, embedded). */
const TECHNICAL_BATCH = 55;
/** The first text of the batch written after a blind set showed what unseen postings ask for (70–89: duties as verbs, trades, care, front office). */
const UNSEEN_BATCH = 70;
/** The first text of the batch written from three labellers' lists (90–99: languages listed together, Finnish and Norwegian, ML-infrastructure practices, a vendor's products). */
const READER_BATCH = 90;
/** The first text of the batch written across professions and languages for broad coverage (100–132: payroll, care, trades, public sector, legal, HR, sales, marketing). */
const RECRUITER_BATCH = 100;
/** The first text of the batch written to measure unseen-text precision and recall (133–172: every profession, a third in other languages, with employer boilerplate, "not required" skills and skills named in coordination). */
const BROAD_BATCH = 133;
/** The first text of the batch written where recall was weakest on a blind set (173–212: care, pharmacy, dental, early years, trades, driving, audit, legal, HR, support, SEO, design, product, security, DevOps, mobile, embedded, public sector; eight languages; even numbers hold-out). */
const PROFESSION_BATCH = 173;
/** The first text of the batch written for how people write skills (213–240: coordinated and elided names, "AWS/GCP/Azure", "Front- und Backend-Entwicklung", British and American spellings, hyphens; multiples of 3 hold-out). */
const VARIANT_BATCH = 213;
/** The first text of the batch written where the taxonomy was likely thin (241–270: respiratory and intensive care, trades, haulage, hotel front office, tax and FP&A, legal, HR, performance marketing, teaching, manufacturing and quality, ML serving and streaming; nine languages; multiples of 3 hold-out). */
const THIN_BATCH = 241;
/** The first text of the batch written for professions and languages still thin after that (271–300: agriculture, veterinary nursing, banking, insurance, tax advice, payroll, legal, teaching, public sector, B2B sales, trades and manufacturing; nine languages; multiples of 3 hold-out). */
const FARM_BATCH = 271;
/** The first text of the batch written to measure precision and recall on unseen text again (301–330: data and ML infrastructure, nursing, trades, finance, sales, logistics, legal, teaching, hospitality, public sector; eleven languages; multiples of 3 hold-out). */
const UNSEEN_AGAIN_BATCH = 301;
/** The first text of the batch written for general precision (331–360: trades, care, finance, hospitality, tech; the employer's trade, its hiring and page clutter beside the duties; nine languages; multiples of 3 hold-out). */
const PRECISION_BATCH = 331;
/** The first text of the batch written for names that are also ordinary words, in context (361–390: Go, R, C, Swift, Spark, Rust, Ray, AR, Excel, Access, Word, Teams, Chef, Puppet, Salt both as skills and as words; nursing, trades, finance, logistics, hospitality, teaching, sales, legal, marketing, ML infrastructure; seven languages; multiples of 3 hold-out). */
const AMBIGUOUS_BATCH = 361;
/** The first text of the batch written across the professions and languages the texts covered least (391–420: trades, care, pharmacy, radiography, hospitality, retail, driving, audit, legal, teaching, public sector, sales, design, ML inference and streaming, Go, R, C, Swift, Rust, AR and Ray as skills and as words; ten languages; multiples of 3 hold-out). */
const WIDE_BATCH = 391;
/** The first text of the batch written after a dev set of real postings (421–450: tyre fitters, psychiatric nurses, mechanical assembly, ductwork, job costing, video editing, master data, tools named in a list, "not a requirement but good to have", the employer's safe workplace; ten languages; multiples of 3 hold-out). */
const REAL_BATCH = 421;
/** The first text of the batch written for professions thin in real postings (451–465: care homes, electricians, plumbing and heating, forklifts and WMS, hotel reception, LLM inference, group accounting, streaming data platforms, legal assistants, teaching, accounts receivable beside augmented reality, HR, security officers' access control, bookkeeping in Xero, welding; seven languages; multiples of 3 hold-out). */
const THIN_AGAIN_BATCH = 451;
/** The first text of the batch written blind by a labeller who never saw the rules (466–485: pharmacy, home care, accounting, warehouse, hospitality, data, electricians, payroll, paralegal, care, bookkeeping, construction, backend, sysadmin, maintenance, HR, early years; ten languages; multiples of 3 hold-out). */
const BLIND_BATCH = 466;
/** The first text of the second blind batch (486–505: medical billing, scaffolding, traffic control, mortgages, networks, lettings, phlebotomy, Salesforce, car mechatronics, roofing, BI, hairdressing, debt collection, safety, gardening, painting, data science, purchasing, bus driving, excavators; ten languages; multiples of 3 hold-out). */
const BLIND_AGAIN_BATCH = 486;
/** The first text of the third blind batch (506–525: surgical technology, quantity surveying, butchery, underwriting, disability support, MOT testing, midwifery, GIS, tiling, surveying, SAP FI/CO, events, databases, wastewater, lifeguarding, plastering, sommeliers, confectionery, caretaking, business analysis; ten languages; multiples of 3 hold-out). */
const BLIND_THIRD_BATCH = 506;
/** The first text of the fourth blind batch (526–545: dialysis, kitchen fitting, bar work, accounts payable, medical assisting, BI, concreting, special needs assisting, hotel work, system integration, disability care, forklifts and order picking, home care, Linux administration, delivery driving, heat pumps, pizza, HR administration, transit data, field sales; ten languages; multiples of 3 hold-out). */
const BLIND_FOURTH_BATCH = 526;
/** The first text of the fifth blind batch (546–565: dental assisting, bricklaying, greenkeeping, bookkeeping, special education, service desk, aged care, .NET, carpentry, Azure, HR, pharmacy preparation, site management, nursing assistants, purchasing, medical assisting, bar work, workplace safety, e-commerce, software testing; ten languages; multiples of 3 hold-out). */
const BLIND_FIFTH_BATCH = 546;
/** The first text of the sixth blind batch (566–585: home health aides, estimating, landscaping, credit control, logistics, legal secretaries, Salesforce, diesel mechanics, inside sales, networks, painting, refrigeration, sales administration, pharmacy technicians, car mechanics, bookkeeping, site surveying, React, purchasing, Python; ten languages; multiples of 3 hold-out). */
const BLIND_SIXTH_BATCH = 566;
/** The first text of the seventh blind batch (586–605: opticians, facilities, landscaping, credit control, DBA, dental nursing, beauty, Power BI, early years, painting, networks, lettings, farm machinery, housekeeping, food quality labs, district nursing, e-commerce, emergency nursing, cleaning, PHP; ten languages; multiples of 3 hold-out). */
const BLIND_SEVENTH_BATCH = 586;
/** The first text of the eighth blind batch (606–625: home health, housekeeping, civil plant, credit control, Power BI, legal secretaries, shipping, estimating, purchasing, paramedics, PHP, dental assisting, sales administration, elder care, truck mechanics, dairy production, beauty, information security, dental nursing, Python; ten languages; multiples of 3 hold-out). */
const BLIND_EIGHTH_BATCH = 606;
/** The first text of the ninth blind batch (646–665: sterile processing, home care, cabinet making, tax, marketing data, Django, roofing, customs brokerage, refrigeration mechatronics, executive assistance, demand forecasting, childcare, joinery, real estate, AWS, credit control, social education, bookkeeping, personal assistance, solar installation; ten languages; multiples of 3 hold-out). */
const BLIND_NINTH_BATCH = 646;
/** The first text of the tenth blind batch, numbered before the ninth and measured untouched a round before its import (626–645: sterile processing, domiciliary care, haul trucks, cloud support, React Native, probate, hairdressing, tax, SAP MM, joinery, food technology, medical secretaries, bank advisers, BI, pig farming, solar fitting, call centres, tax analysis, preschool, car painting; ten languages; multiples of 3 hold-out). */
const BLIND_TENTH_BATCH = 626;
/** The first text of the eleventh blind batch (666–685: ophthalmic technicians, gas engineers, pastry, procurement, ETL, employment law, pipefitting, Microsoft 365, PLC programming, truck driving, theatre assisting, HGV driving, marketing assistance, supermarket tills, veterinary nursing, greenhouse growing, speech therapy, Flutter, preschool, car body repair; ten languages; multiples of 3 hold-out). */
const BLIND_ELEVENTH_BATCH = 666;
/** The first text of the twelfth blind batch (686–705: occupational health, gas engineers, millwrights, orchards, ETL, visual merchandising, site safety, Austrian accounting, truck dispatch, Belgian customer service, sysadmins, Mexican production, plumbing, Danish cooks, data analysis, Norwegian kindergartens, food quality, pharmacy, HR, .NET; twelve languages; multiples of 3 hold-out). */
const BLIND_TWELFTH_BATCH = 686;
/** The first text of the thirteenth blind batch, measured once untouched before its import (706–725: medical coding, tree surgery, pharmacy assistants, ambulance crews, ServiceNow, traffic managers, mobile cranes, property management, tractor driving, Shopware, night audit, Rails, forestry machines, food technology, paving, job coaching, Power Platform, dental reception, landscaping, loan processing; ten languages; multiples of 3 hold-out). */
const BLIND_THIRTEENTH_BATCH = 706;
/** Each batch by its first text, latest first; texts before the technical batch are the first batch. */
const BATCHES: ReadonlyArray<readonly [number, string]> = [
  [BLIND_THIRTEENTH_BATCH, 'blind thirteenth'],
  [BLIND_TWELFTH_BATCH, 'blind twelfth'],
  [BLIND_ELEVENTH_BATCH, 'blind eleventh'],
  [BLIND_NINTH_BATCH, 'blind ninth'],
  [BLIND_TENTH_BATCH, 'blind tenth'],
  [BLIND_EIGHTH_BATCH, 'blind eighth'],
  [BLIND_SEVENTH_BATCH, 'blind seventh'],
  [BLIND_SIXTH_BATCH, 'blind sixth'],
  [BLIND_FIFTH_BATCH, 'blind fifth'],
  [BLIND_FOURTH_BATCH, 'blind fourth'],
  [BLIND_THIRD_BATCH, 'blind third'],
  [BLIND_AGAIN_BATCH, 'blind again'],
  [BLIND_BATCH, 'blind'],
  [THIN_AGAIN_BATCH, 'thin again'],
  [REAL_BATCH, 'real'],
  [WIDE_BATCH, 'wide'],
  [AMBIGUOUS_BATCH, 'ambiguous'],
  [PRECISION_BATCH, 'precision'],
  [UNSEEN_AGAIN_BATCH, 'again'],
  [FARM_BATCH, 'farm'],
  [THIN_BATCH, 'thin'],
  [VARIANT_BATCH, 'variant'],
  [PROFESSION_BATCH, 'profession'],
  [BROAD_BATCH, 'broad'],
  [RECRUITER_BATCH, 'recruiter'],
  [READER_BATCH, 'reader'],
  [UNSEEN_BATCH, 'unseen'],
  [TECHNICAL_BATCH, 'technical'],
];
/** Floors for the broad batch, below the figures measured on both its splits (see the report). */
const BROAD_FLOOR = { precision: 0.7, recall: 0.62 };

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'skill-texts');

interface SkillText {
  file: string;
  title: string;
  company: string | null;
  split: 'tuned' | 'holdout';
  skills: string[];
  html: string;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The posting's body as the HTML a job site would show: headings, paragraphs and lists. */
function toHtml(body: string): string {
  const html: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length) html.push(`<ul>${list.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of body.split('\n').map((text) => text.trim())) {
    if (line.startsWith('- ')) {
      list.push(line.slice(2));
      continue;
    }
    flush();
    if (line.startsWith('## ')) html.push(`<h3>${escape(line.slice(3))}</h3>`);
    else if (line) html.push(`<p>${escape(line)}</p>`);
  }
  flush();
  return html.join('\n');
}

function load(): SkillText[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const [head = '', body = ''] = readFileSync(join(DIR, file), 'utf8').split(/^---$/m);
      const field = (name: string): string => new RegExp(`^${name}:(.*)$`, 'm').exec(head)?.[1]?.trim() ?? '';
      const split = field('split');
      if (split !== 'tuned' && split !== 'holdout') throw new Error(`${file}: split must be tuned or holdout`);
      return {
        file,
        title: field('title'),
        company: field('company') || null,
        split,
        skills: field('skills')
          .split(';')
          .map((name) => name.trim())
          .filter(Boolean),
        html: toHtml(body),
      };
    });
}

/**
 * A label or a found skill under its canonical name: a label may be written as an alias ("Goods receipt" for
 * Goods receiving) and the summary shows a skill as the posting spells it ("Dimensional modelling").
 */
function canonical(name: string): string {
  const { skills, byAlias } = skillMatcher();
  const index = byAlias.get(name.toLowerCase());
  return (index === undefined ? null : skills[index]?.name) ?? canonicalSkill(name) ?? name;
}

const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

describe('skills on short invented postings, by profession and language', () => {
  const texts = load();

  it('has labelled texts in both splits, each label a skill of the taxonomy', () => {
    expect(texts.filter((text) => text.split === 'holdout').length).toBeGreaterThanOrEqual(15);
    expect(texts.filter((text) => text.split === 'tuned').length).toBeGreaterThanOrEqual(15);
    const known = new Set(skillMatcher().skills.map((skill) => skill.name));
    const unknown = texts.flatMap((text) =>
      text.skills.filter((name) => !known.has(name)).map((name) => `${text.file}: ${name}`),
    );
    // Labels name what a recruiter would tag; one the taxonomy lacks is a gap to report, not an error.
    if (unknown.length) console.log(`labels not in the taxonomy (${unknown.length})`);
  });

  it('reports precision and recall on the tuned and hold-out splits', { timeout: 30_000 }, () => {
    type Counts = { right: number; extra: number; missed: number };
    const tally = new Map<string, Counts>();
    const lines: string[] = [];
    for (const text of texts) {
      const posting = blankPosting({ title: text.title, company: text.company, descriptionHtml: text.html });
      const found = [...new Set(summarize(posting).skills.map((skill) => canonical(skill.name)))];
      const labels = [
        ...new Set(
          text.skills.map((name) => (skillMatcher().byAlias.has(name.toLowerCase()) ? canonical(name) : name)),
        ),
      ];
      const extra = found.filter((name) => !labels.includes(name));
      const missed = labels.filter((name) => !found.includes(name));
      // Texts 55 on were written for the technical taxonomy, 70 on after a blind set, 90 on from three
      // labellers' lists; each batch is reported on its own.
      const number = Number.parseInt(text.file, 10);
      const batch = BATCHES.find(([first]) => number >= first)?.[1] ?? 'first';
      for (const key of [text.split, `${batch} ${text.split}`]) {
        const group = tally.get(key) ?? { right: 0, extra: 0, missed: 0 };
        group.right += found.length - extra.length;
        group.extra += extra.length;
        group.missed += missed.length;
        tally.set(key, group);
      }
      if ((extra.length || missed.length) && (text.split === 'tuned' || process.env.SHOW_HOLDOUT === '1'))
        lines.push(
          `  ${text.file.padEnd(40)}` +
            (extra.length ? ` extra: ${extra.join(', ')}` : '') +
            (missed.length ? ` missed: ${missed.join(', ')}` : ''),
        );
    }
    const row = (name: string): string => {
      const counts = tally.get(name) ?? { right: 0, extra: 0, missed: 0 };
      return (
        `${name.padEnd(18)} skills P ${pct(counts.right, counts.right + counts.extra)} R ${pct(counts.right, counts.right + counts.missed)}` +
        `  (${counts.right} right, ${counts.extra} extra, ${counts.missed} missed)`
      );
    };
    // The hold-out figures too are shown only on request, so that they are not watched while tuning.
    const shown = process.env.SHOW_HOLDOUT === '1' ? ['tuned', 'holdout'] : ['tuned'];
    // Every batch, oldest first, then the split's whole.
    const batchNames = ['first', ...BATCHES.map(([, name]) => name).reverse()];
    const rows = shown.flatMap((split) => [...batchNames.map((name) => row(`${name} ${split}`)), row(split)]);
    console.log([...lines, ...rows].join('\n'));
    const sum = (keys: readonly string[]): Counts => {
      const all = { right: 0, extra: 0, missed: 0 };
      for (const key of keys) {
        const counts = tally.get(key);
        all.right += counts?.right ?? 0;
        all.extra += counts?.extra ?? 0;
        all.missed += counts?.missed ?? 0;
      }
      return all;
    };
    const broad = sum(['broad tuned', 'broad holdout']);
    const profession = sum(['profession tuned', 'profession holdout']);
    const variant = sum(['variant tuned', 'variant holdout']);
    const thin = sum(['thin tuned', 'thin holdout']);
    const farm = sum(['farm tuned', 'farm holdout']);
    const again = sum(['again tuned', 'again holdout']);
    const precision = sum(['precision tuned', 'precision holdout']);
    // The blind batches from the sixth on are held to their own floor (below).
    const lateBlind = sum(
      [
        'blind sixth',
        'blind seventh',
        'blind eighth',
        'blind ninth',
        'blind tenth',
        'blind eleventh',
        'blind twelfth',
        'blind thirteenth',
      ].flatMap((name) => [`${name} tuned`, `${name} holdout`]),
    );
    const total = sum(['tuned', 'holdout']);
    // The texts before the broad batch, held to the floors they had.
    const all = {
      right:
        total.right -
        broad.right -
        profession.right -
        variant.right -
        thin.right -
        farm.right -
        again.right -
        precision.right -
        lateBlind.right,
      extra:
        total.extra -
        broad.extra -
        profession.extra -
        variant.extra -
        thin.extra -
        farm.extra -
        again.extra -
        precision.extra -
        lateBlind.extra,
      missed:
        total.missed -
        broad.missed -
        profession.missed -
        variant.missed -
        thin.missed -
        farm.missed -
        again.missed -
        precision.missed -
        lateBlind.missed,
    };
    // Floors below the figures measured (P 88%, R 77% when texts 01–34 were added; P 92%, R 85% with the
    // technical texts 55–69; P 89%, R 86% with texts 70–89, written from a blind set's professions and
    // harder: duties as verbs, trades, care), against regressions. Texts 100–132, written across professions and
    // languages with recruiters' names before the coverage table was grown, brought the whole to P 85%, R 82%.
    expect(all.right / (all.right + all.extra)).toBeGreaterThanOrEqual(0.84);
    expect(all.right / (all.right + all.missed)).toBeGreaterThanOrEqual(0.81);
    // Texts 133–172 were measured at P 70%, R 62% (both splits) before the rules and words written for them.
    expect(broad.right / (broad.right + broad.extra)).toBeGreaterThanOrEqual(BROAD_FLOOR.precision);
    expect(broad.right / (broad.right + broad.missed)).toBeGreaterThanOrEqual(BROAD_FLOOR.recall);
    // Texts 173–212 were measured at P 75%, R 51% (both splits) before the skills written for them, P 82%, R 65% after.
    expect(profession.right / (profession.right + profession.extra)).toBeGreaterThanOrEqual(0.78);
    expect(profession.right / (profession.right + profession.missed)).toBeGreaterThanOrEqual(0.6);
    // Texts 241–270 were measured at P 73%, R 59% (both splits) before the skills written for them, P 78%, R 75% after
    // (the hold-out third did not move: P 65%, R 57%).
    expect(thin.right / (thin.right + thin.extra)).toBeGreaterThanOrEqual(0.76);
    expect(thin.right / (thin.right + thin.missed)).toBeGreaterThanOrEqual(0.72);
    // Texts 271–300 were measured at P 81%, R 45% (both splits) before the skills written for them, P 89%, R 80% after
    // (the hold-out third: P 77%, R 44% before, P 79%, R 59% after).
    expect(farm.right / (farm.right + farm.extra)).toBeGreaterThanOrEqual(0.86);
    expect(farm.right / (farm.right + farm.missed)).toBeGreaterThanOrEqual(0.76);
    // Texts 566–625 were measured blind at P 82.5%, R 65.6% (both splits) before any change for them; 646–665 at P 84.1%, R 72.7%;
    // 706–725 (untouched until imported) at P 82.8%, R 68.0%.
    expect(lateBlind.right / (lateBlind.right + lateBlind.extra)).toBeGreaterThanOrEqual(0.8);
    expect(lateBlind.right / (lateBlind.right + lateBlind.missed)).toBeGreaterThanOrEqual(0.63);
  });
});
