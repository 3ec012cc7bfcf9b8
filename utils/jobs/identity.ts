import type { PostingDraft } from '../schema/posting';

/** A new record id (jobs, notes, reminders, history entries). */
export function newId(): string {
  return crypto.randomUUID();
}

function fold(value: string | null | undefined): string {
  return (value ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * company|title|first location, folded. Finds the same job saved from a second site. Empty when
 * the company is unknown: a title alone ("Software Engineer") would merge unrelated jobs.
 */
export function identityKeyOf(posting: Pick<PostingDraft, 'company' | 'title' | 'locations'>): string {
  const company = fold(posting.company);
  if (!company) return '';
  return [company, fold(posting.title), fold(posting.locations[0])].join('|');
}

/** The URL a job is filed under: the canonical URL, else the page URL, else its identity. */
export function canonicalUrlOf(posting: PostingDraft): string {
  return posting.canonicalUrl || posting.url || `urn:jobshelf:${identityKeyOf(posting) || fold(posting.title)}`;
}

/** Every URL the posting is known by, canonical first, without repeats. */
export function urlsOf(posting: PostingDraft): string[] {
  return [...new Set([canonicalUrlOf(posting), posting.url].filter((url): url is string => !!url))];
}
