import {
  JOB_DETAIL_FACT_LABELS,
  JOB_DETAIL_PREFERRED_MARKERS,
  JOB_DETAIL_QUALIFICATION_LABELS,
  JOB_DETAIL_REQUIRED_MARKERS,
} from './data/job-details';

/** What a job-details label heads: facts (listed nowhere) or qualification rows (must-haves or nice-to-haves). */
export type JobDetailKind = 'facts' | 'qualifications';

function buildTables() {
  const whole = (list: readonly string[]) => new RegExp(`^(?:${list.join('|')})$`, 'i');
  return {
    facts: whole(JOB_DETAIL_FACT_LABELS),
    qualifications: whole(JOB_DETAIL_QUALIFICATION_LABELS),
    preferred: new RegExp(`\\((?:${JOB_DETAIL_PREFERRED_MARKERS.join('|')})\\)[.;]?$`, 'i'),
    required: new RegExp(`\\((?:${JOB_DETAIL_REQUIRED_MARKERS.join('|')})\\)[.;]?$`, 'i'),
  };
}
// Compiled on first use: most descriptions have no job-details block.
let tables: ReturnType<typeof buildTables> | null = null;
const detailTables = () => (tables ??= buildTables());

/** The label of "Label:" or "Label: value" (at most five words), or null. */
function labelOf(text: string): string | null {
  const colon = text.search(/[:：]/);
  if (colon < 2 || colon > 60) return null;
  const label = text
    .slice(0, colon)
    .replace(/^[\s*•\-–—]+/, '')
    .trim();
  return label.split(/\s+/).length <= 6 ? label : null;
}

/** What a job-details label ("Schedule:", "Work Location: In person", "Experience:") heads, or null. */
export function jobDetailKind(text: string): JobDetailKind | null {
  const label = labelOf(text);
  if (!label) return null;
  const { facts, qualifications } = detailTables();
  if (facts.test(label)) return 'facts';
  return qualifications.test(label) ? 'qualifications' : null;
}

/** "SQL: 3 years (Preferred)", "Inglés (Obligatorio)": a row's own marker, or null when it has none. */
export function jobDetailMarker(text: string): 'required' | 'preferred' | null {
  if (!text.endsWith(')') && !/\)[.;]$/.test(text)) return null;
  const { preferred, required } = detailTables();
  if (preferred.test(text)) return 'preferred';
  return required.test(text) ? 'required' : null;
}

/** The markers as one alternation, for the years read from a row ("Lager: 1 Jahr (Wünschenswert)"). */
export const JOB_DETAIL_MARKERS = [...JOB_DETAIL_REQUIRED_MARKERS, ...JOB_DETAIL_PREFERRED_MARKERS].join('|');
