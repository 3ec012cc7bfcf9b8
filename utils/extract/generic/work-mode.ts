/** How a job is worked, read from its title and description when no source on the page states it. */
import { PLACE_BOUND_COMPOUND, PLACE_BOUND_ROLE, PLACE_BOUND_WORK, WORK_MODE_PHRASES } from '../data/work-mode';
import { foldCase } from '../../text/text-test';
import type { WorkMode } from '../../posting-values';

/** A mode set apart in a title ("Support Agent (Remote)", "Hybrid – Data Analyst"); not "Remote Sensing
 * Analyst" or "Hybrid-Cloud Engineer". */
const TITLE_MODE = /[([|,–—-]\s*(remote|hybrid|on-?site)\b|\b(remote|hybrid|on-?site)\s*(?:[)\]|:,]|[–—-]\s)/;

/** How far into a description the phrases are looked for: the job's own text comes first. */
const TEXT_LIMIT = 20_000;

/**
 * The work mode a posting's text states ("This is a hybrid role", "100 % Homeoffice", "modalidad presencial"),
 * else on site when the work is evidently done at a place: a role such as a nurse, a cook or an electrician, or
 * shifts, a uniform, "in our kitchen". Null when nothing says, as for an office job with only a town.
 */
export function workModeInPosting(title: string, description: string): WorkMode | null {
  const lowerTitle = foldCase(title);
  const set = TITLE_MODE.exec(lowerTitle);
  const named = set?.[1] ?? set?.[2];
  if (named) return named === 'remote' || named === 'hybrid' ? named : 'onsite';
  const text = foldCase(description.slice(0, TEXT_LIMIT));
  for (const [mode, phrase] of WORK_MODE_PHRASES) if (phrase.test(text)) return mode;
  const placeBound =
    PLACE_BOUND_ROLE.test(lowerTitle) || PLACE_BOUND_COMPOUND.test(lowerTitle) || PLACE_BOUND_WORK.test(text);
  return placeBound ? 'onsite' : null;
}
