/**
 * The summary's skills: every mention in the posting's lines, weighed by section, frequency and how
 * early it comes, without the employer's name, its trade, its teams or what the posting says it does
 * without.
 */
import type { SummarySkill } from '../schema/summary';
import {
  BROAD_SKILLS,
  EMPLOYER_BUSINESS,
  EMPLOYER_STAND_INS,
  GENERAL_SKILLS,
  PRACTICE_BESIDE_TOOL,
  HIRING_CUE,
  LOW_SIGNAL_SKILLS,
  NOT_REQUIRED_CUE,
  NOT_REQUIRED_WELCOME,
  WRITTEN_NAMES,
} from './data/skills';
import { LEGAL_SUFFIX } from './patterns';
import type { LineSection, SectionedLine } from './sections';
import { otherSpellingOf } from './skill-forms';
import { skillMatcher, type Skill, type SkillMention } from './skill-matcher';
import { findSkillMentions } from './skill-mentions';

/** A sentence's end: a stop, semicolon or mark followed by a space, or a semicolon. */
const SENTENCE_END = /[.!?](?=\s)|;/g;

/**
 * The stretches of a line that say a skill is not needed ("Dutch is not required", "no Kubernetes
 * experience needed", "SAP n'est pas obligatoire"): from the sentence's start to the cue's end. A
 * sentence that also welcomes the skill ("a plus but not required") asks for it as a nice-to-have.
 */
export function notRequiredSpans(text: string): Array<readonly [number, number]> {
  if (!NOT_REQUIRED_CUE.test(text)) return [];
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (const end of [...Array.from(text.matchAll(SENTENCE_END), (match) => match.index + 1), text.length]) {
    const sentence = text.slice(start, end);
    const cue = NOT_REQUIRED_CUE.exec(sentence);
    if (cue && !NOT_REQUIRED_WELCOME.test(sentence)) spans.push([start, start + cue.index + cue[0].length]);
    start = end;
  }
  return spans;
}

/** How much a mention counts, by where it sits. About-the-company and benefits do not count. */
const SECTION_WEIGHT: Readonly<Record<LineSection | 'title', number>> = {
  title: 5,
  requirements: 3,
  responsibilities: 2,
  preferred: 1.5,
  overview: 1,
  compensation: 0,
  about: 0,
  benefits: 0,
};
/** Named tools and languages say more about a job than broad fields that recur in every line. */
const CONCRETE_CATEGORIES: ReadonlySet<string> = new Set([
  'programming-language',
  'frontend',
  'backend-framework',
  'database',
  'mobile',
]);
const CONCRETE_BOOST = 1.3;
/**
 * A field of work named by the title ("Registered Nurse" → Nursing, "ML Engineer" → Machine learning)
 * weighs like one must-have line, not like the title: what the posting asks for ranks above it.
 */
const BROAD_TITLE_WEIGHT = 3;
const broadSkills: ReadonlySet<string> = new Set(BROAD_SKILLS);
const generalSkills: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(GENERAL_SKILLS));
const practices: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(PRACTICE_BESIDE_TOOL));
/** "Dashboards in Power BI": the practice ranks below its tool. */
const PRACTICE_BESIDE_TOOL_WEIGHT = 0.3;
/** A spoken language is rarely what a posting is about. */
const LANGUAGE_WEIGHT = 0.5;
/** Working conditions and basic office abilities are asked for, but say little about the job. */
const lowSignalSkills: ReadonlySet<string> = new Set(LOW_SIGNAL_SKILLS);
const REQUIRED_SECTIONS: ReadonlySet<LineSection | 'title'> = new Set(['title', 'requirements', 'responsibilities']);

export interface RankedSkills {
  skills: SummarySkill[];
  softSkills: string[];
}

/**
 * A field of work named as a team ("the Data Engineering team", "time de Engenharia de Dados", "our
 * Data & Analytics group", "teams including Data Science", "eng mit UX-Design zusammen") is who the
 * hire works with, not what the posting asks for.
 */
const TEAM_AFTER = /^[\s-]*(?:teams?|group|department|squad|chapter|org|organi[sz]ation|guild|Team|Abteilung)\b/i;
const TEAM_BEFORE =
  /\b(?:(?:time|equipo|équipe|equipe|team|squad|área|departamento|département|Abteilung|afdeling|avdelningen|reparto|zespół|zespołem)\s+(?:de\s+|d['’]|des\s+|du\s+|di\s+|del\s+|van\s+|of\s+)?|teams\s+(?:including|such\s+as|like)\s+|(?:closely|eng)\s+(?:with|mit)\s+(?:the\s+|our\s+|dem\s+|der\s+|unserem\s+|unserer\s+)?)$/i;

/**
 * A field of work named as the people the hire works beside ("Samarbejde med sygeplejersker og terapeuter",
 * "collaborate with doctors, nurses and therapists", "in Zusammenarbeit mit Ärzten", "insieme ai data engineer"): colleagues,
 * not a skill.
 * The phrase may precede up to two other items of the list.
 */
const COLLEAGUES_BEFORE =
  /\b(?:collaborat\w*\s+with|partner(?:s|ing)?\s+with|liais\w*\s+with|alongside|together\s+with|in\s+(?:close\s+)?collaboration\s+with|samarbe[jt]de\s+med|samarbeid\s+med|samarbete\s+med|i\s+team\s+med|(?:in\s+)?Zusammenarbeit\s+mit|en\s+collaboration\s+avec|en\s+lien\s+avec|in\s+collaborazione\s+con|en\s+colaboración\s+con|em\s+colaboração\s+com|in\s+samenwerking\s+met|insieme\s+a(?:i|gli|lle|l)?|junto\s+(?:con|a)|zusammen\s+mit|samen\s+met|tillsammans\s+med|sammen\s+med|razem\s+z)\s+(?:the\s+|our\s+|den\s+|de\s+|les\s+|dem\s+|den\s+|i\s+|los\s+|las\s+|unseren\s+|nostri\s+)?(?:[A-Za-zÀ-ÿ-]+(?:\s*,\s*|\s+(?:and|og|och|und|et|y|e|en)\s+)){0,2}$/i;

function namesATeam(text: string, start: number, end: number): boolean {
  return (
    TEAM_AFTER.test(text.slice(end, end + 20)) ||
    TEAM_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    COLLEAGUES_BEFORE.test(text.slice(Math.max(0, start - 60), start))
  );
}

/** The employer's name as written in postings: in full, and without a legal suffix ("Kiezkasse GmbH" → "Kiezkasse"). */
function employerNames(company: string | null): string[] {
  const full = company?.trim().toLowerCase() ?? '';
  if (full.length < 2) return [];
  const short = full.replace(LEGAL_SUFFIX, '').trim();
  return short && short !== full && short.length >= 2 ? [full, short] : [full];
}

/** Where the employer's name occurs in a line, as [start, end) character spans. */
function spansOf(text: string, names: readonly string[]): Array<readonly [number, number]> {
  if (!names.length) return [];
  const lower = text.toLowerCase();
  const spans: Array<readonly [number, number]> = [];
  for (const name of names) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length))
      spans.push([at, at + name.length]);
  }
  return spans;
}

/** An article before a company's name at a sentence's start. */
const NAME_ARTICLE = /^(?:the|a|o|la|le|el|il|lo|de|het|die|der|das)\s+|^l['’]/i;

/** Up to four more capitalised words of a company's name, or their joiners: " Almendral", " & Zonen". */
const NAME_TAIL = /^(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|&|de|van|der|di|del|da|do|y|e|and|und|et)){0,4}/u;

/**
 * The sentences of an overview line that tell what the employer does: its name at the sentence's start,
 * then a verb of its business or an apposition (`EMPLOYER_BUSINESS`). "Tallyhive builds invoicing
 * software" asks no invoicing of the hire.
 */
function employerBusinessSpans(text: string, company: string | null): Array<readonly [number, number]> {
  const names = employerNames(company);
  // Its first word alone ("Quillfield" of "Quillfield Analytics"), when it is no ordinary short word.
  const first = names[0]?.split(/\s+/)[0] ?? '';
  if (first.length >= 4 && first !== names[0]) names.push(first);
  // An agency's posting names the employer "our client": its trade is no more the hire's skill.
  names.push(...EMPLOYER_STAND_INS);
  const lower = text.toLowerCase();
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (const end of [...Array.from(text.matchAll(SENTENCE_END), (match) => match.index + 1), text.length]) {
    let from = start + (/^\s*/.exec(text.slice(start, end))?.[0].length ?? 0);
    let name = names.find((candidate) => lower.startsWith(candidate, from));
    // "A Mercantil Ipê tem 140 lojas", "Die Rheintal GmbH vertreibt": an article before the name.
    const article = name ? 0 : (NAME_ARTICLE.exec(text.slice(from, end))?.[0].length ?? 0);
    if (article) {
      from += article;
      name = names.find((candidate) => lower.startsWith(candidate, from));
    }
    // The name as the sentence writes it may go on past the words the company field holds ("Grupo Almendral").
    const rest = name ? text.slice(from + name.length, end) : '';
    const tail = NAME_TAIL.exec(rest)?.[0].length ?? 0;
    if (name && /^(?:[\s,]|$)/.test(rest) && EMPLOYER_BUSINESS.test(rest.slice(tail))) spans.push([from, end]);
    start = end;
  }
  return spans;
}

/** The sentences of a line that say whom the employer is hiring ("X is looking for a …", "X recherche un …"). */
function hiringSpans(text: string): Array<readonly [number, number]> {
  if (!HIRING_CUE.test(text)) return [];
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (const end of [...Array.from(text.matchAll(SENTENCE_END), (match) => match.index + 1), text.length]) {
    if (HIRING_CUE.test(text.slice(start, end))) spans.push([start, end]);
    start = end;
  }
  return spans;
}

const writtenNames: ReadonlyMap<string, string> = new Map(WRITTEN_NAMES.map((name) => [name.toLowerCase(), name]));

/** `otherSpellingOf` for a skill's canonical name, read once per name (every summary names its skills). */
const otherSpellings = new Map<string, string | null>();
function otherSpellingOfName(name: string): string | null {
  let other = otherSpellings.get(name);
  if (other === undefined) {
    other = otherSpellingOf(name);
    otherSpellings.set(name, other);
  }
  return other;
}

/**
 * The name a reader gives a skill: the canonical name, in the spelling the posting uses ("Data
 * modelling" on a British posting, "Data modeling" on an American one). Matching a profile reads
 * either spelling back to the same skill (`canonicalSkill`).
 */
function writtenName(skill: Skill, forms: ReadonlyMap<string, number>): string {
  const other = otherSpellingOfName(skill.name);
  let written = 0;
  let canonical = 0;
  let kept: string | null = null;
  let keptCount = 0;
  for (const [form, count] of forms) {
    const key = form.toLowerCase().replace(/\s+/g, ' ');
    if (other && key.replace(/-/g, ' ') === other) written += count;
    else if (key === skill.name.toLowerCase()) canonical += count;
    const name = writtenNames.get(key);
    if (name && count > keptCount && skill.aliases.some((alias) => alias.toLowerCase() === key)) {
      kept = name;
      keptCount = count;
    }
  }
  if (kept && keptCount > canonical) return kept;
  return other && written > canonical ? other[0]?.toUpperCase() + other.slice(1) : skill.name;
}

/** Skills ranked by relevance: section weight, frequency, and how early they appear. */
export function rankSkills(
  title: string,
  lines: readonly SectionedLine[],
  company: string | null = null,
  mentionsOf: (line: string) => SkillMention[] = findSkillMentions,
): RankedSkills {
  const { skills } = skillMatcher();
  // The employer's own name is not a skill ("Zapier" at Zapier).
  const employer = company?.trim().toLowerCase() ?? '';
  const hasRequirements = lines.some((line) => line.section === 'requirements');
  const total = Math.max(1, lines.length);
  const tally = new Map<
    number,
    { score: number; first: number; count: number; sections: Set<LineSection | 'title'>; forms: Map<string, number> }
  >();
  const soft = new Map<number, number>();
  const employerSpans = employerNames(company);
  const visit = (
    text: string,
    section: LineSection | 'title',
    position: number,
    within: ReadonlyArray<readonly [number, number]> | null = null,
  ): void => {
    const sectionWeight = SECTION_WEIGHT[section];
    if (sectionWeight === 0) return;
    const early = 1 + 0.5 * (1 - position / total);
    const inEmployerName = spansOf(text, employerSpans);
    const notNeeded = section === 'title' ? [] : notRequiredSpans(text);
    const employerTrade = section === 'overview' ? employerBusinessSpans(text, company) : [];
    const all = mentionsOf(text);
    const mentions = within
      ? all.filter((mention) => within.some(([start, end]) => mention.start >= start && mention.end <= end))
      : all;
    const named = new Set(mentions.map((mention) => skills[mention.skill]?.name));
    for (const mention of mentions) {
      const skill = skills[mention.skill];
      if (!skill) continue;
      // "APIs" beside "REST APIs" says nothing more.
      if (generalSkills.get(skill.name)?.some((specific) => named.has(specific))) continue;
      const besideTool = practices.get(skill.name)?.some((tool) => named.has(tool)) ? PRACTICE_BESIDE_TOOL_WEIGHT : 1;
      const written = text.slice(mention.start, mention.end).toLowerCase();
      if (
        employer &&
        (employer === written || employer === skill.name.toLowerCase() || employer.startsWith(`${written} `))
      )
        continue;
      // "Fernwood AI builds …": a skill word inside the employer's name is not a skill.
      if (inEmployerName.some(([start, end]) => mention.start >= start && mention.end <= end)) continue;
      // "Dutch is not required": the posting names the skill to say the job does without it.
      if (notNeeded.some(([start, end]) => mention.start >= start && mention.end <= end)) continue;
      // "Coralyne Payments processes card payments": the employer's trade, not the hire's skill.
      if (employerTrade.some(([start, end]) => mention.start >= start && mention.end <= end)) continue;
      if (skill.soft) {
        if (!soft.has(mention.skill)) soft.set(mention.skill, position);
        continue;
      }
      const broad = broadSkills.has(skill.name);
      if (broad && section !== 'title' && namesATeam(text, mention.start, mention.end)) continue;
      const entry = tally.get(mention.skill) ?? {
        score: 0,
        first: position,
        count: 0,
        sections: new Set(),
        forms: new Map<string, number>(),
      };
      const form = text.slice(mention.start, mention.end);
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      // Frequency counts with diminishing returns: the k-th mention adds 1/k of its weight.
      entry.count++;
      const weight = broad && section === 'title' ? BROAD_TITLE_WEIGHT : sectionWeight;
      const kind = CONCRETE_CATEGORIES.has(skill.category)
        ? CONCRETE_BOOST
        : skill.category === 'spoken-language' || lowSignalSkills.has(skill.name)
          ? LANGUAGE_WEIGHT
          : 1;
      entry.score += (weight * early * kind * besideTool) / entry.count;
      entry.sections.add(section);
      tally.set(mention.skill, entry);
    }
  };
  visit(title, 'title', 0);
  for (const line of lines) {
    // "PagoPA è alla ricerca di un esperto di finanza, contabilità …": a sentence of the employer's blurb that
    // says whom it is hiring describes the role, and is read as the overview.
    const hiring = line.section === 'about' ? hiringSpans(line.text) : [];
    if (hiring.length) visit(line.text, 'overview', line.position, hiring);
    else visit(line.text, line.section, line.position);
  }

  const ranked = [...tally.entries()]
    .map(([index, entry]) => {
      const skill = skills[index];
      const requiredByText =
        [...entry.sections].some((section) => section !== 'title' && REQUIRED_SECTIONS.has(section)) ||
        (!hasRequirements && entry.sections.has('overview'));
      const required = requiredByText || entry.sections.has('title');
      return {
        name: skill ? writtenName(skill, entry.forms) : '',
        category: skill?.category ?? '',
        score: Math.round(entry.score * 100) / 100,
        required,
        // "Backend Engineer" makes backend development a must-have the text may never ask for.
        ...(required && !requiredByText ? { fromTitle: true } : {}),
        first: entry.first,
      };
    })
    .sort((a, b) => b.score - a.score || a.first - b.first || a.name.localeCompare(b.name));
  return {
    skills: ranked.map(({ first: _first, ...skill }) => skill),
    softSkills: [...soft.entries()].sort((a, b) => a[1] - b[1]).map(([index]) => skills[index]?.name ?? ''),
  };
}
