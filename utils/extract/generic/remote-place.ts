/**
 * A place written as remote work ("Remote", "Remote US", "US-Remote", "Remote - EMEA", "Remote (Canada)"): a portal
 * named "Careers at Remote US" names where the job is done, never the employer. The part beside "remote" must be a
 * place itself, so "Remote Sensing Labs" stays a name. Reader side.
 */
import { isPlace } from './places';

const REMOTE_FIRST = /^(?:fully\s+|100\s?%\s+)?remote(?:\s*[-–—,/|:]\s*|\s+)\(?([^()]{2,30}?)\)?$/i;
const REMOTE_LAST = /^([^()]{2,30}?)(?:\s*[-–—,/|:]\s*|\s+)\(?remote\)?$/i;

/** Whether a short name only says the job is remote, anywhere or within a named region. */
export function isRemotePlace(name: string): boolean {
  const text = name.replace(/\s+/g, ' ').trim();
  if (text.length > 40) return false;
  if (/^(?:fully\s+|100\s?%\s+)?remote$/i.test(text)) return true;
  const region = (REMOTE_FIRST.exec(text) ?? REMOTE_LAST.exec(text))?.[1];
  return !!region && !/remote/i.test(region) && isPlace(region);
}
