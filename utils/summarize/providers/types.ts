import { z } from 'zod';
import type { PostingDraft } from '../../schema/posting';
import type { Summary } from '../../schema/summary';

/** What an AI engine may add to the built-in summary; parsed with zod before it is used. */
export const aiSummarySchema = z.object({
  tldr: z.string().min(1).max(400),
  responsibilities: z.array(z.string().max(1000)).max(50).optional(),
  requirements: z.array(z.string().max(1000)).max(50).optional(),
  preferred: z.array(z.string().max(1000)).max(50).optional(),
  benefits: z.array(z.string().max(1000)).max(50).optional(),
});
export type AiSummary = z.infer<typeof aiSummarySchema>;

export type ProviderFailureReason =
  | 'unauthorized'
  | 'timeout'
  | 'network'
  | 'http'
  | 'malformed'
  | 'unavailable'
  | 'needs-download'
  | 'aborted';

export interface ProviderFailure {
  ok: false;
  reason: ProviderFailureReason;
  /** A sentence the popup can show as it is. */
  message: string;
  status?: number;
}

export interface ProviderSuccess {
  ok: true;
  engine: string;
  summary: AiSummary;
}

export type ProviderResult = ProviderSuccess | ProviderFailure;

export type ProviderAvailability = 'available' | 'downloadable' | 'unavailable';

/** One summary engine. Expected failures are results, never exceptions. */
export interface SummaryProvider {
  /** `built-in`, `chrome-ai`, `openai-compatible`. */
  readonly id: string;
  availability(): Promise<ProviderAvailability>;
  summarize(posting: PostingDraft, options?: { signal?: AbortSignal }): Promise<ProviderResult>;
}

/** The built-in summary with an engine's parts laid over it; the popup shows which engine wrote what. */
export function mergeAiSummary(builtIn: Summary, result: ProviderSuccess): Summary {
  const { summary, engine } = result;
  const sections = Boolean(summary.requirements?.length || summary.responsibilities?.length);
  return {
    ...builtIn,
    tldr: summary.tldr.slice(0, 200),
    responsibilities: summary.responsibilities?.length ? summary.responsibilities : builtIn.responsibilities,
    requirements: summary.requirements?.length ? summary.requirements : builtIn.requirements,
    preferred: summary.preferred?.length ? summary.preferred : builtIn.preferred,
    benefits: summary.benefits?.length ? summary.benefits : builtIn.benefits,
    engines: { ...builtIn.engines, tldr: engine, ...(sections ? { sections: engine } : {}) },
  };
}

/** The description as prompt text, trimmed to a size every engine accepts. */
export function postingPrompt(posting: PostingDraft, maxChars = 12_000): string {
  const header = [posting.title, posting.company, posting.locations.join('; ')].filter(Boolean).join(' — ');
  const body = (posting.descriptionText || posting.descriptionHtml.replace(/<[^>]+>/g, ' ')).replace(/\s+\n/g, '\n').trim();
  return `${header}\n\n${body}`.slice(0, maxChars);
}
