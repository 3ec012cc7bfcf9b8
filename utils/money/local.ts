/**
 * Whose currency a shared mark is (issue 10): a bare "$" is the dollar of the host's country
 * (au.indeed.com, seek.com.au → AUD; .ca → CAD; .nz, .sg, .hk, …), else of the posting's places, else
 * of the page's language ("en-AU"); "kr" is SEK, NOK, DKK or ISK the same way. Structured data's
 * currency is never changed (the caller leaves it alone); "US$", "USD", "CA$", "SEK" say whose.
 */
import type { Salary } from '../schema/posting';
import { COUNTRY_CURRENCIES, COUNTRY_PLACES, EURO_COUNTRIES, PLACE_CODES } from './currencies';
import { currencyMarkIn, markCurrency, pattern } from './parse';

/** Country codes a page's language names: its region ("en-AU", "fr-CA"), else its language ("sv" is Sweden). */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  sv: 'se',
  nb: 'no',
  nn: 'no',
  no: 'no',
  da: 'dk',
  is: 'is',
};

/** The country a host names: its top-level domain, or a country subdomain (au.indeed.com, se.jobs.example.com). */
export function countryOfHost(host: string | null | undefined): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (tld.length === 2 && tld !== 'co' && tld !== 'io' && tld !== 'ai') return tld;
  const sub = labels[0] ?? '';
  return labels.length >= 3 && /^[a-z]{2}$/.test(sub) ? sub : null;
}

let placePatterns: {
  names: ReadonlyArray<readonly [string, RegExp]>;
  any: ReadonlyArray<readonly [string, RegExp]>;
  codes: ReadonlyArray<readonly [string, RegExp]>;
} | null = null;

function countriesIn(text: string, patterns: ReadonlyArray<readonly [string, RegExp]>): Set<string> {
  return new Set(patterns.filter(([, re]) => re.test(text)).map(([country]) => country));
}

/**
 * The country the posting's places name, or null. A country's name counts first, then a province or
 * state code ("Victoria, BC"), then the last part of each place ("Victoria, British Columbia"), then any
 * region or city; when what counts first names two countries, none.
 */
export function countryOfPlaces(places: readonly string[] | undefined): string | null {
  const list = (places ?? []).filter((place) => place.trim());
  if (!list.length) return null;
  const words = (names: string) => pattern(`(?<!\\p{L})(?:${names})(?!\\p{L})`, 'iu');
  placePatterns ??= {
    names: COUNTRY_PLACES.map(([country, names]) => [country, words(names)] as const),
    any: COUNTRY_PLACES.map(([country, names, more]) => [country, words(more ? `${names}|${more}` : names)] as const),
    codes: PLACE_CODES.map(([country, codes]) => [country, new RegExp(`(?:^|\\|)[^,|]+,\\s*(?:${codes})\\b`)] as const),
  };
  const text = list.join(' | ');
  const lastParts = list.map((place) => place.split(',').pop()!.trim()).join(' | ');
  for (const found of [
    countriesIn(text, placePatterns.names),
    countriesIn(text, placePatterns.codes),
    countriesIn(lastParts, placePatterns.any),
    countriesIn(text, placePatterns.any),
  ]) {
    if (found.size) return found.size === 1 ? [...found][0]! : null;
  }
  return null;
}

/** The country a page's `lang` names ("en-AU" → au, "sv" → se), or null. */
export function countryOfLanguage(lang: string | null | undefined): string | null {
  const [language = '', region = ''] = (lang ?? '').toLowerCase().split(/[-_]/);
  return /^[a-z]{2}$/.test(region) ? region : (LANGUAGE_COUNTRY[language] ?? null);
}

let countryCurrencies: Map<string, string> | null = null;

/** The currency of a country code ("ae" → AED, "de" → EUR), or null. */
export function currencyOfCountry(country: string): string | null {
  countryCurrencies ??= new Map([
    ...COUNTRY_CURRENCIES.split('|').map((pair) => pair.split(':') as [string, string]),
    ...EURO_COUNTRIES.split('|').map((code) => [code, 'EUR'] as [string, string]),
  ]);
  return countryCurrencies.get(country) ?? null;
}

/**
 * The currency a shared mark in the salary's own text stands for on this page; for a bare number, which no mark
 * names ("5000 - 6500 Monthly"), the currency of the country the host or the places name (not the page's
 * language alone: English is written everywhere); the salary as it was otherwise.
 */
export function localizeCurrency(
  salary: Salary,
  page: { host?: string | null; places?: readonly string[]; lang?: string | null },
): Salary {
  const mark = currencyMarkIn(salary.text);
  if (!mark && salary.currency === null) {
    const country = countryOfHost(page.host) ?? countryOfPlaces(page.places);
    const currency = country ? currencyOfCountry(country) : null;
    return currency ? { ...salary, currency } : salary;
  }
  const { iso, local } = markCurrency(mark ?? '');
  if (!local || salary.currency !== iso) return salary;
  for (const country of [countryOfHost(page.host), countryOfPlaces(page.places), countryOfLanguage(page.lang)]) {
    const currency = country ? local.get(country) : undefined;
    if (currency) return { ...salary, currency };
  }
  return salary;
}
