import { z } from 'zod';
import { payPeriodSchema, salarySchema, workModeSchema } from './posting';

export const summarySkillSchema = z.object({
  name: z.string(),
  /** Relevance, higher first. */
  score: z.number(),
  required: z.boolean(),
  category: z.string().optional(),
  /** A must-have only because the title names it ("Backend Engineer"): the match never counts it as missing. */
  fromTitle: z.boolean().optional(),
});
export type SummarySkill = z.infer<typeof summarySkillSchema>;

export const yearsExperienceSchema = z.object({
  min: z.number(),
  max: z.number().nullable(),
  /** Alternative paths stated in the text ("or Master's + 8 years"). */
  alternatives: z.array(z.string()).optional(),
});

/** One thing the match weighed, as the user reads it: met, not met, or not known. */
export const matchCheckSchema = z.object({
  kind: z.enum(['skills', 'niceToHave', 'years', 'workMode', 'location', 'salary']),
  status: z.enum(['met', 'unmet', 'unknown']),
  label: z.string().max(200),
  /** Points of the score this part can give (the known parts share 100); absent when unknown. */
  of: z.number().min(0).max(100).optional(),
  /** Points it gave: the score is their sum. */
  points: z.number().min(0).max(100).optional(),
});
export type MatchCheck = z.infer<typeof matchCheckSchema>;

export const matchSchema = z.object({
  score: z.number().min(0).max(100),
  matchedRequired: z.array(z.string()),
  missingRequired: z.array(z.string()),
  matchedPreferred: z.array(z.string()),
  /** One line: "7 of 9 must-have skills; missing: Kubernetes, Go". */
  reason: z.string().max(300).optional(),
  checks: z.array(matchCheckSchema).max(10).optional(),
});
export type Match = z.infer<typeof matchSchema>;

/** Facts beyond years/education/work mode, read from the description. */
export const summaryFactsSchema = z.object({
  /** Days a week in the office for hybrid roles ("3 days a week in the office"). */
  officeDays: z.number().int().min(1).max(7).nullable(),
  /** The travel sentence as the posting words it ("up to 25% travel"). */
  travel: z.string().max(300).nullable(),
  /** true: sponsorship offered; false: explicitly not offered; null: not stated. */
  visaSponsorship: z.boolean().nullable(),
  /** The clearance named ("TS/SCI", "security clearance"). */
  clearance: z.string().max(100).nullable(),
  /** Intern, Entry level, Mid level, Senior, Staff, Principal, Lead, Manager, Director, Executive. */
  seniority: z.string().max(50).nullable(),
  /** The posting's structured salary, else one found in the text. */
  salary: salarySchema.nullable(),
  /** True when `salary` was read from the description text rather than structured data. */
  salaryFromText: z.boolean(),
});
export type SummaryFacts = z.infer<typeof summaryFactsSchema>;

/** The parts of a summary an engine can write; `engines` says which engine wrote which. */
export const summaryPartSchema = z.enum(['tldr', 'sections', 'facts', 'skills', 'match']);
export type SummaryPart = z.infer<typeof summaryPartSchema>;

/** What the summarizer makes of a posting: what a job seeker decides on. */
export const summarySchema = z.object({
  tldr: z.string().max(400),
  responsibilities: z.array(z.string()),
  requirements: z.array(z.string()),
  preferred: z.array(z.string()),
  benefits: z.array(z.string()),
  yearsExperience: yearsExperienceSchema.nullable(),
  education: z.string().nullable(),
  workMode: workModeSchema.nullable(),
  skills: z.array(summarySkillSchema),
  match: matchSchema.nullable().optional(),
  engine: z.string(),
  /** Pay lines kept from the description (the salary itself, not the legal prose around it). */
  compensation: z.array(z.string()).optional(),
  /** About the company, a few lines. */
  about: z.array(z.string()).optional(),
  /** Soft skills named by the posting, kept apart from `skills`. */
  softSkills: z.array(z.string()).optional(),
  facts: summaryFactsSchema.optional(),
  /** Which engine wrote each part when not all of it came from `engine`. */
  engines: z.partialRecord(summaryPartSchema, z.string()).optional(),
});
export type Summary = z.infer<typeof summarySchema>;

/** The lowest pay the user would take, in one currency and period. */
export const minimumSalarySchema = z.object({
  amount: z.number().min(0).max(100_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: payPeriodSchema,
});
export type MinimumSalary = z.infer<typeof minimumSalarySchema>;

/** The user's own skills and what they look for, for the match. Every preference is optional. */
export const profileSchema = z.object({
  skills: z.array(z.string().max(100)).max(1000),
  resumeText: z.string().max(200_000).optional(),
  /** The user's years of professional experience. */
  yearsExperience: z.number().min(0).max(70).nullable().optional(),
  /** Work modes the user accepts; empty or missing: any. */
  workModes: z.array(workModeSchema).max(3).optional(),
  /** Places the user can work in ("Berlin", "Germany"); empty or missing: anywhere. */
  locations: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  minimumSalary: minimumSalarySchema.nullable().optional(),
});
export type Profile = z.infer<typeof profileSchema>;
