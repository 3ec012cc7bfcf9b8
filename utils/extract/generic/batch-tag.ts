/**
 * An accelerator's batch written after a startup's name ("Retool (W17)", "Anthropic (YC S21) is hiring"): the
 * boards that list these startups (Work at a Startup, Hacker News job posts, YC's own jobs) add it to the name; it
 * is no part of the employer's name. Reader side.
 */
const BATCH_TAG = /\s*\((?:YC[\s-]*)?[WSFX](?:\d{2}|20\d{2})\)\s*$/;

/** The name without a trailing batch tag; the name itself when it has none (or is only one). */
export function withoutBatchTag(name: string): string {
  const out = name.replace(BATCH_TAG, '');
  return out.trim() ? out : name;
}
