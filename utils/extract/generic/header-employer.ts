/**
 * The employer a board shows beside the job's heading twice over: its logo (alt text) and a link with the same
 * name ("<img alt="Brisamar Hoteles S.L."> <a>Brisamar Hoteles S.L.</a>"). Two marks that agree name the employer
 * where a board gives no label or structured data. Reader side (finishing steps).
 */
import { all, attr, visibleText } from '../dom';
import { nameFromLogoAlt } from './company-from-page';
import { nameKey } from './company-name';

const HEADER_MAX_CHARS = 1500;
/** A logo's alt that names a page, not an employer ("Home", "Logo", "Inicio"). */
const PAGE_WORD = /^(?:home|homepage|start|startseite|inicio|accueil|logo|menu|back|zurück|retour|volver)$/i;

/** The element that holds the job's heading and the lines beside it (not the whole page). */
function headerOf(title: Element | null): Element | null {
  let el: Element | null = title?.parentElement ?? null;
  for (let up = 0; el && up < 2; up++) {
    const parent: Element | null = el.parentElement;
    if (!parent || (parent.textContent ?? '').length > HEADER_MAX_CHARS) break;
    el = parent;
  }
  return el && (el.textContent ?? '').length <= HEADER_MAX_CHARS ? el : null;
}

/** The name a logo beside the heading and a link beside it agree on, else null. */
export function employerBesideHeading(title: Element | null): string | null {
  const header = headerOf(title);
  if (!header) return null;
  const logos = all(header, 'img[alt]', 6)
    .map((img) => nameFromLogoAlt(attr(img, 'alt')))
    .filter((name) => name.length >= 2 && name.length <= 80 && !PAGE_WORD.test(name));
  if (!logos.length) return null;
  const keys = new Set(logos.map(nameKey).filter(Boolean));
  for (const link of all(header, 'a', 12)) {
    const text = visibleText(link, 100);
    if (text && keys.has(nameKey(text))) return text;
  }
  return null;
}
