import { z } from 'zod';
import { workModeSchema } from './posting';

export const summarySkillSchema = z.object({
  name: z.string(),
  /** Relevance, higher first. */
  score: z.number(),
  required: z.boolean(),
  category: z.string().optional(),
});
export type SummarySkill = z.infer<typeof summarySkillSchema>;

export const yearsExperienceSchema = z.object({
  min: z.number(),
  max: z.number().nullable(),
  /** Alternative paths stated in the text ("or Master's + 8 years"). */
  alternatives: z.array(z.string()).optional(),
});

export const matchSchema = z.object({
  score: z.number().min(0).max(100),
  matchedRequired: z.array(z.string()),
  missingRequired: z.array(z.string()),
  matchedPreferred: z.array(z.string()),
});
export type Match = z.infer<typeof matchSchema>;

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
});
export type Summary = z.infer<typeof summarySchema>;

/** The user's own skills, for the match score. */
export const profileSchema = z.object({
  skills: z.array(z.string().max(100)).max(1000),
  resumeText: z.string().max(200_000).optional(),
});
export type Profile = z.infer<typeof profileSchema>;
