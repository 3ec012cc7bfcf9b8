/**
 * Currency rules (issue 10): structured data's currency beats a visible symbol; a bare "$" is the
 * dollar of the host's country (au.indeed.com, seek.com.au → AUD; .ca → CAD; .nz, .sg, .hk, …) or of
 * the posting's country; otherwise USD.
 */
import type { Salary } from '../schema/posting';
import { DOLLAR_BY_PLACE, DOLLAR_BY_TLD } from '../money/currencies';

/** The local dollar for a host, or null when the host says nothing ("example.com"). */
export function dollarForHost(host: string | null | undefined): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (DOLLAR_BY_TLD[tld]) return DOLLAR_BY_TLD[tld]!;
  // Country subdomains: au.indeed.com, ca.linkedin.com, nz.jora.com.
  const sub = labels[0] ?? '';
  if (labels.length >= 3 && sub.length === 2 && DOLLAR_BY_TLD[sub]) return DOLLAR_BY_TLD[sub]!;
  return null;
}

/** The local dollar for the posting's places, or null. */
export function dollarForPlaces(places: readonly string[] | undefined): string | null {
  const text = (places ?? []).join(' | ');
  if (!text) return null;
  for (const [re, code] of DOLLAR_BY_PLACE) if (re.test(text)) return code;
  return null;
}

/** True when the text shows "$" without saying whose ("US$", "USD", "CA$" say it). */
export function bareDollar(text: string): boolean {
  return /\$/.test(text) && !/(US|USD|CA|C|AU|A|NZ|HK|S|R|MX)\$|\b(USD|US dollars?)\b/i.test(text);
}

/** Applies the bare-dollar rule to a salary read from visible text. */
export function localizeDollar(salary: Salary, local: string | null): Salary {
  if (!local || salary.currency !== 'USD' || !bareDollar(salary.text)) return salary;
  return { ...salary, currency: local };
}
