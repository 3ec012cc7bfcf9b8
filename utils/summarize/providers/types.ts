import { z } from 'zod';
import type { PostingDraft } from '../../schema/posting';
import type { Summary } from '../../schema/summary';

/** What an AI engine may add to the built-in summary; parsed with zod before it is used. */
export const aiSummarySchema = z.object({
  /** Empty after grounding when the engine's line was not the posting's: the built-in one stays. */
  tldr: z.string().max(400),
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
  | 'aborted'
  /** The reply was larger than a summary ever is (the read stops at the cap). */
  | 'too-large'
  /** The browser has not granted access to the endpoint's origin: nothing was sent. */
  | 'no-permission';

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
  // An empty TL;DR: the engine's was dropped (not grounded in the posting), the built-in one stays.
  const tldr = Boolean(summary.tldr);
  return {
    ...builtIn,
    tldr: tldr ? summary.tldr.slice(0, 200) : builtIn.tldr,
    responsibilities: summary.responsibilities?.length ? summary.responsibilities : builtIn.responsibilities,
    requirements: summary.requirements?.length ? summary.requirements : builtIn.requirements,
    preferred: summary.preferred?.length ? summary.preferred : builtIn.preferred,
    benefits: summary.benefits?.length ? summary.benefits : builtIn.benefits,
    engines: { ...builtIn.engines, ...(tldr ? { tldr: engine } : {}), ...(sections ? { sections: engine } : {}) },
  };
}

/** Where the posting starts and ends in a prompt; removed from the posting's own text. */
export const POSTING_START = '<<<POSTING';
export const POSTING_END = 'POSTING>>>';

/**
 * The posting as prompt text, trimmed to a size every engine accepts, between markers the
 * instructions name: everything between them is data to summarize, never instructions.
 */
export function postingPrompt(posting: PostingDraft, maxChars = 12_000): string {
  const header = [posting.title, posting.company, posting.locations.join('; ')].filter(Boolean).join(' — ');
  const body = (posting.descriptionText || posting.descriptionHtml.replace(/<[^>]+>/g, ' '))
    .replace(/\s+\n/g, '\n')
    .trim();
  const text = `${header}\n\n${body}`.replaceAll(POSTING_START, '').replaceAll(POSTING_END, '').slice(0, maxChars);
  return `${POSTING_START}\n${text}\n${POSTING_END}`;
}

/** The text an AI line must be grounded in: what the engine was given. */
export function postingText(posting: PostingDraft): string {
  return [
    posting.title,
    posting.company ?? '',
    posting.locations.join(' '),
    posting.salary?.text ?? '',
    posting.descriptionText,
  ].join('\n');
}
