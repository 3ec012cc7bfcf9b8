import type { Extraction, PostingDraft } from '../schema/posting';

export interface ExtractOptions {
  /** "Now" for relative dates ("Posted 3 days ago"); defaults to the current time. */
  now?: Date;
}

/**
 * Reads one job posting from a page. Pure: takes a Document, returns plain data, never throws on
 * bad input (a page that is not a posting is a result, not an error).
 *
 * Skeleton version: JSON-LD JobPosting title/company/location, `<h1>`/`<title>` as fallback.
 */
export function extract(document: Document, url: string, _options: ExtractOptions = {}): Extraction {
  const started = now();
  const jobPosting = findJsonLdJobPosting(document);
  const title = text(jobPosting?.title) || document.querySelector('h1')?.textContent?.trim() || '';
  if (!jobPosting) {
    return {
      isJobPosting: false,
      confidence: 0.1,
      reasons: ['No JobPosting structured data on this page'],
      posting: null,
      elapsedMs: now() - started,
    };
  }
  const org = jobPosting.hiringOrganization;
  const company = typeof org === 'string' ? org : text(isRecord(org) ? org.name : undefined) || null;
  const posting: PostingDraft = {
    title: title || document.title.trim() || 'Untitled posting',
    company,
    locations: readLocations(jobPosting.jobLocation),
    workMode: jobPosting.jobLocationType === 'TELECOMMUTE' ? 'remote' : null,
    employmentType: null,
    salary: null,
    datePosted: null,
    validThrough: null,
    url,
    canonicalUrl: url,
    applyUrl: null,
    descriptionHtml: '',
    descriptionText: text(jobPosting.description).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
    source: 'json-ld',
    provenance: { title: 'json-ld', company: 'json-ld', locations: 'json-ld' },
  };
  return {
    isJobPosting: true,
    confidence: 0.9,
    reasons: ['JobPosting structured data'],
    posting,
    elapsedMs: now() - started,
  };
}

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

function findJsonLdJobPosting(document: Document): JsonRecord | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const candidates = Array.isArray(parsed) ? parsed : [parsed];
    for (const candidate of candidates) {
      if (isRecord(candidate) && candidate['@type'] === 'JobPosting') return candidate;
    }
  }
  return null;
}

function readLocations(value: unknown): string[] {
  const places = Array.isArray(value) ? value : [value];
  return places.flatMap((place) => {
    if (!isRecord(place) || !isRecord(place.address)) return [];
    const address = place.address;
    const parts = [address.addressLocality, address.addressRegion, address.addressCountry]
      .map(text)
      .filter(Boolean);
    return parts.length ? [parts.join(', ')] : [];
  });
}
