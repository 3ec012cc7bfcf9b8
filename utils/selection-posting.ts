import { verdictOf } from './detection-verdict';
import type { Extraction, PostingDraft } from './schema/posting';

/**
 * "Save selection as job posting": the selected text becomes the description. When the page
 * was read as a posting (or maybe one) its fields are kept; otherwise the title comes from the tab or the
 * selection's first line.
 */
export function postingFromSelection(
  extraction: Extraction | null,
  selection: { text: string; tabTitle: string | null; tabUrl: string | null },
): PostingDraft {
  const text = selection.text.replace(/\r\n?/g, '\n').trim().slice(0, 100_000);
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? '';
  // What the page read as, unless it is clearly something else (a list, an article).
  const base = extraction && verdictOf(extraction) !== 'not-posting' ? extraction.posting : null;
  const title = (base?.title || selection.tabTitle?.trim() || firstLine || 'Saved selection').slice(0, 200);
  return {
    title,
    company: base?.company ?? null,
    locations: base?.locations ?? [],
    workMode: base?.workMode ?? null,
    employmentType: base?.employmentType ?? null,
    salary: base?.salary ?? null,
    datePosted: base?.datePosted ?? null,
    validThrough: base?.validThrough ?? null,
    url: base?.url ?? selection.tabUrl,
    canonicalUrl: base?.canonicalUrl ?? selection.tabUrl,
    applyUrl: base?.applyUrl ?? null,
    descriptionHtml: '',
    descriptionText: text,
    source: base?.source ?? 'selection',
    provenance: {
      ...(base?.provenance ?? { title: selection.tabTitle ? 'tab' : 'selection' }),
      description: 'selection',
    },
  };
}
