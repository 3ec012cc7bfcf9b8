/**
 * The employer's name as the page writes it in full (issue 10): a title or a rule gives the short
 * brand ("Quarrystone", "Pennock"), while the logo, the © line or the ad's own text give the name
 * ("Quarrystone Devices, Inc.", "Pennock Mutual Assurance", "Tanjong Harbour Trading Pte. Ltd.").
 * Also job boards told by the words in their domain. Read by the finishing steps, never by the capture script.
 */
import { clean } from '../dom';
import { hasLegalForm, isLegalForm } from './company-name';

/** Where the page shows a name: its logo (or home link, "Careers at X"), its © line. */
export interface ShownName {
  name: string;
  kind: 'logo' | 'copyright';
}

/** The words a fuller name adds after `company`, or null when it does not start with it (on a word boundary). */
function addedWords(company: string, name: string): string | null {
  const short = clean(company);
  const full = clean(name);
  if (full.length <= short.length || full.slice(0, short.length).toLowerCase() !== short.toLowerCase()) return null;
  const rest = full.slice(short.length);
  if (!/^,?\s/.test(rest)) return null;
  return rest.replace(/^,?\s+/, '');
}

/**
 * Capitalized name words ("Mutual Assurance", "Devices, Inc.", "Tømrer & Snedker"), at most four, and
 * nothing after a legal form ("Ltd. Privacy" is the name and a footer link).
 */
function nameWords(added: string): boolean {
  const words = added.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^(\p{Lu}|&)/u.test(w))) return false;
  if (/\b(careers?|jobs?|karriere|group|groupe|gruppe|grupo|gruppo)\b/i.test(added)) return false;
  for (let i = 1; i < words.length; i++) if (isLegalForm(words.slice(0, i).join(' ').replace(/,$/, ''))) return false;
  return true;
}

/**
 * The fullest name the page writes for `company`:
 * - a logo (or home link) that adds name words ("Pennock Mutual Assurance logo" for "Pennock");
 * - a © line that adds name words and a legal form ("© 2026 Quarrystone Devices, Inc.");
 * - the ad's own text writing the name with its legal form ("Tanjong Harbour Trading Pte. Ltd. distributes …").
 */
export function fullerName(company: string, shown: readonly ShownName[], text: string): string {
  if (!company || company.length < 2) return company;
  for (const { name, kind } of shown) {
    const added = addedWords(company, name);
    if (!added || !nameWords(added)) continue;
    // The © line's name only with name words and a legal form ("Devices, Inc."): its legal form alone ("© Meridor
    // SA") is the footer's formality, and a longer trade name ("… Insurance Company") is not what the ad calls itself.
    if (kind === 'copyright' && (isLegalForm(added) || !hasLegalForm(name))) continue;
    return clean(name);
  }
  return legalFormInText(company, text) ?? company;
}

/** "Holmsgaard Tømrer & Snedker ApS · Fabriksvej 9": the name followed by its legal form in the text. */
function legalFormInText(company: string, text: string): string | null {
  if (hasLegalForm(company)) return null;
  const body = text.slice(0, 60_000);
  let from = 0;
  for (let n = 0; n < 20; n++) {
    const at = body.indexOf(company, from);
    if (at < 0) return null;
    from = at + company.length;
    const after = body.slice(from, from + 40).match(/^(,?\s+)(\S+(?:\s+\S+){0,3})/);
    if (!after) continue;
    const tokens = after[2]!.split(/\s+/);
    // The longest run of the next words that is a legal form ("Pte. Ltd.", "GmbH & Co. KG"), a sentence's full stop kept apart.
    for (let k = tokens.length; k >= 1; k--) {
      const form = clean(
        tokens
          .slice(0, k)
          .join(' ')
          .replace(/[,;:·)]+$/, ''),
      );
      const bare = form.replace(/\.$/, '');
      // ("Join Pellworth as a…", "Pellworth ab sofort": a lower-case word is no legal form unless it has a dot: "s.r.l.")
      if (!/[\p{Lu}.]/u.test(form)) continue;
      if (isLegalForm(form)) return `${company}${after[1]!.startsWith(',') ? ',' : ''} ${form}`;
      if (isLegalForm(bare)) return `${company}${after[1]!.startsWith(',') ? ',' : ''} ${bare}`;
    }
  }
  return null;
}

/**
 * Words in a domain that make it a job board ("net-empregos.com", "jobhafen.de", "empleatoria.es"). An agency word
 * ("recruit…", "staffing") is not one of them: it names a recruitment agency's own site as often as a board.
 */
const BOARD_DOMAIN_WORD =
  /(jobs?|emple[oa]|emplois?|empregos?|vagas|stellen|trabaj|trabalh|lavoro|praca|vacatures?|vacancies|karriere|tyopaikat|jobb|hiring)/;

/** Words that name a recruitment or staffing agency in its domain ("acmerecruiters.com", "brightstaffing.com"). */
const AGENCY_DOMAIN_WORD = /recruit(?:ment|ing|ers?)?|staffing|personnel/g;

/**
 * "Civil Service" on civilservicejobs.service.gov.uk: a name the host writes with a job word is the board's own
 * brand, not an employer's (the board lists many).
 */
export function isBoardBrand(name: string, host: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return (
    n.length >= 3 &&
    host
      .toLowerCase()
      .split('.')
      .some((label) => label !== n && label.includes(n) && BOARD_DOMAIN_WORD.test(label.replace(n, '')))
  );
}

/** The host's own name: the label before the public suffix ("acmerecruitment" in www.acmerecruitment.co.uk). */
function hostBrand(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/\.(co|com|org|net|ac|gov|edu)(\.[a-z]{2})$/, '$2')
    .split('.');
  return labels.length >= 2 ? labels[labels.length - 2]! : '';
}

/**
 * Whether the host's own name says it is a job board: a job word ("jobs", "stellen") in it, or an agency word and
 * nothing else ("recruit.example"). An agency's name beside the word ("acmerecruiters", "recruitnorth") is an
 * agency's own site.
 */
export function isJobBoardDomain(host: string): boolean {
  const brand = hostBrand(host);
  if (brand.length < 4) return false;
  const rest = brand.replace(AGENCY_DOMAIN_WORD, '');
  if (rest !== brand) return rest.replace(/[^a-z]/g, '').length < 2 || BOARD_DOMAIN_WORD.test(rest);
  return BOARD_DOMAIN_WORD.test(brand);
}

/** Whether the host is a recruitment agency's own ("kestrelrecruitment.co.uk", "acme-recruiters.com"), not a board. */
export function isAgencyDomain(host: string): boolean {
  const brand = hostBrand(host);
  return brand.replace(AGENCY_DOMAIN_WORD, '') !== brand && !isJobBoardDomain(host);
}
