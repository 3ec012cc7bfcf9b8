/**
 * The description container, found in our own pass (no Readability): an element whose attributes
 * say "description" / "job-body" / "richtext" (sibling sections joined through their parent), else
 * the nearest ancestor that holds the job's section headings ("Responsibilities", "Ihr Profil", …).
 */
import { all } from '../dom';
import type { AttributeHit } from './page-scan';
import { SECTION_HEADING } from './section-heading';

const MIN_CHARS = 200;

/** Text length without layout or a walk of our own: textContent is native (scripts count too; fine here). */
function textLength(el: Element): number {
  return (el.textContent ?? '').length;
}

function contains(a: Element, b: Element): boolean {
  return a !== b && typeof a.contains === 'function' && a.contains(b);
}

export function findDescriptionElement(document: Document, hits: readonly AttributeHit[]): Element | null {
  const body = document.body;
  let candidates = hits
    .filter((h) => h.field === 'description' && h.element.tagName.toUpperCase() !== 'META')
    .map((h) => h.element);
  // Sections of one description ("job-description-section" ×3) → their common parent.
  const byParent = new Map<Element, number>();
  for (const el of candidates)
    if (el.parentElement) byParent.set(el.parentElement, (byParent.get(el.parentElement) ?? 0) + 1);
  for (const [parent, count] of byParent) if (count >= 2) candidates.push(parent);
  candidates = candidates.filter((el) => el !== body && el !== document.documentElement).slice(0, 30);
  let best: Element | null = null;
  let bestLength = 0;
  const bodyLength = body ? textLength(body) : 0;
  for (const el of candidates) {
    // An outer candidate that holds a chosen one wins only when it adds real text.
    const length = textLength(el);
    if (length < MIN_CHARS) continue;
    if (bodyLength > 3000 && length > bodyLength * 0.9) continue;
    if (!best || (contains(el, best) ? length > bestLength * 1.05 : length > bestLength)) {
      best = el;
      bestLength = length;
    }
  }
  if (best) return best;
  // Section headings: climb from the first one until two of them are inside.
  // The heading words the posting detector counts ("What you'll bring", "Ce que nous offrons"), and short section names.
  const headings = all(document, 'h2, h3, h4, strong, b', 300).filter((h) => SECTION_HEADING.test(h.textContent ?? ''));
  if (headings.length < 2) return null;
  let el: Element | null = headings[0]!.parentElement;
  while (el && el !== body) {
    let inside = 0;
    for (const h of headings) if (el.contains(h) && ++inside >= 2) break;
    if (inside >= 2) break;
    el = el.parentElement;
  }
  if (!el || el === body) return null;
  return textLength(el) >= MIN_CHARS ? el : null;
}
