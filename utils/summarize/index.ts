import type { PostingDraft } from '../schema/posting';
import type { Profile, Summary } from '../schema/summary';
import {
  findClearance,
  findEducation,
  findOfficeDays,
  findSalaryInText,
  findSeniority,
  findTravel,
  findVisaSponsorship,
  findYearsExperience,
} from './facts';
import { matchProfile } from './match';
import { splitSections } from './sections';
import { skillMatcher } from './skill-matcher';
import { mentionReader } from './skill-mentions';
import { rankSkills } from './skills';
import { buildTldr } from './tldr';
import { workModeInPosting } from '../extract/generic/work-mode';
import { workModeFromText } from '../extract/normalize';

export const BUILT_IN_ENGINE = 'built-in';
const TOP_SKILLS_IN_TLDR = 3;
const ABOUT_LINES = 3;
const DEGREE_LINE =
  /\b(?:degree|bachelor|master|ph\.?d|diploma|studium|dipl[ôo]me|t[íi]tulo)\b|\b(?:BS|MS|BA|MSc|BSc)\b/i;

/**
 * The built-in summarizer: deterministic, offline, instant. Pure: plain data in, plain data out.
 */
export function summarize(posting: PostingDraft, profile: Profile | null = null): Summary {
  const sections = splitSections(posting.descriptionHtml, posting.descriptionText, posting.company);
  const kept = sections.lines;
  const keptText = kept
    .filter((line) => line.section !== 'about' && line.section !== 'benefits')
    .map((line) => line.text)
    .join('\n');
  const years = findYearsExperience(kept);
  // As the extractor reads it (a posting saved before it did, or one given by another caller): the place as
  // shown ("Leeds (Hybrid)"), else the title and the text, perks included, the company's own blurb not.
  const workMode =
    posting.workMode ??
    workModeFromText(posting.locations.join(' | ')) ??
    workModeInPosting(
      posting.title,
      kept
        .filter((line) => line.section !== 'about')
        .map((line) => line.text)
        .join('\n'),
    );
  const structuredSalary = posting.salary;
  const textSalary = structuredSalary ? null : findSalaryInText(kept, { url: posting.url, places: posting.locations });
  const seniority = findSeniority(posting.title, keptText, years);
  const mentionsOf = mentionReader();
  const ranked = rankSkills(posting.title, kept, posting.company, mentionsOf);
  const education = findEducation(kept);
  const officeDays = findOfficeDays(keptText);
  const travel = findTravel(kept.filter((line) => line.section !== 'benefits' && line.section !== 'about'));
  // (A visa line in the closing legal paragraph is left out of the lists, but still says whether the job sponsors.)
  const visaSponsorship = findVisaSponsorship(`${keptText}\n${sections.removed.join('\n')}`);
  const clearance = findClearance(keptText);
  // The header shows the title: a skill the title names ("Backend Engineer") says nothing new.
  const inTitle = new Set(mentionsOf(posting.title).map((mention) => skillMatcher().skills[mention.skill]?.name));
  const technical = ranked.skills.filter((skill) => skill.category !== 'soft-skill' && !inTitle.has(skill.name));
  // "MS in computer science, statistics or mathematics" names fields of study, not what the job needs most.
  const statedAsNeeds = new Set(
    kept
      .filter(
        (line) =>
          (line.section === 'requirements' || line.section === 'responsibilities') && !DEGREE_LINE.test(line.text),
      )
      .flatMap((line) => mentionsOf(line.text).map((mention) => skillMatcher().skills[mention.skill]?.name)),
  );
  const mustHaveSkills = technical.filter((skill) => skill.required && statedAsNeeds.has(skill.name));
  const tldr = buildTldr({
    title: posting.title,
    seniority,
    years,
    mustHaveSkills: (mustHaveSkills.length ? mustHaveSkills : technical.filter((skill) => skill.required))
      .slice(0, TOP_SKILLS_IN_TLDR)
      .map((skill) => skill.name),
    education,
    visaSponsorship,
    travel,
    officeDays,
    clearance,
    firstDuty: sections.responsibilities[0] ?? null,
  });
  const salary = structuredSalary ?? textSalary;
  return {
    tldr,
    responsibilities: sections.responsibilities,
    requirements: sections.requirements,
    preferred: sections.preferred,
    benefits: sections.benefits,
    yearsExperience: years,
    education,
    workMode,
    skills: ranked.skills,
    match: matchProfile(ranked.skills, profile, {
      yearsMin: years?.min ?? null,
      workMode,
      locations: posting.locations,
      salary,
    }),
    engine: BUILT_IN_ENGINE,
    compensation: sections.compensation,
    about: sections.about.slice(0, ABOUT_LINES),
    softSkills: ranked.softSkills,
    facts: {
      officeDays,
      travel,
      visaSponsorship,
      clearance,
      seniority,
      salary,
      salaryFromText: textSalary !== null,
    },
  };
}
