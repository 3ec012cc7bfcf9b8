/**
 * Labelled values → fields: "Location: Berlin", a fact table row, a dt/dd pair, a label span and its
 * value. The value is what follows the label, read with the field's own rules (employment type from
 * the value, never from the label word: "Type de contrat : CDI" is permanent).
 */
import { foldCase } from '../../text/text-test';
import { CONTRACT_VALUES, type LabelledField } from '../data/labels';
import {
  cleanLocation,
  normalizeEmploymentType,
  parseDate,
  parseRelativeDate,
  recentDate,
  splitLocations,
  upcomingDate,
  workModeFromText,
} from '../normalize';
import { salaryFromValue } from '../../money/find';
import { periodIn } from '../../money/parse';
import type { Salary } from '../../schema/posting';
import type { EmploymentType } from '../../posting-values';
import type { Fields } from '../types';
import type { LabelHit } from './page-scan';
import { isPlace, namedPlaceInOrder } from './places';
import { townOfAddress } from './address-town';

export interface LabelledResult {
  fields: Fields;
  /** A relative posted date ("Posted: 3 days ago"), used only when nothing absolute exists. */
  relativePosted: string | null;
  /** How many distinct facts were read (a signal for `detect`). */
  facts: number;
  /** The company came from an "Organization:" row (maybe a unit of the employer, `LabelHit.unit`). */
  companyIsUnit?: boolean;
}

/** Employment type from the value after its label. */
export function employmentFromValue(value: string): EmploymentType | null {
  const folded = foldCase(value);
  for (const [re, type] of CONTRACT_VALUES) if (re.test(folded)) return type;
  return normalizeEmploymentType(value, true) ?? byHours(value);
}

/**
 * "100 %", "80–100%" (a post's percentage), "32 - 36 uur per week", "37,5 timer": full-time from 100 % or from
 * 35 hours a week up, else part-time.
 */
function byHours(value: string): EmploymentType | null {
  const m = value.match(
    /^(?:\d{1,3}\s*[-–]\s*)?(\d{1,3})(?:[.,]\d)?\s*(%|(?:hours?|hrs?|h|std\.?|stunden|uur|timer|tim|heures?|horas|ore)\b)/i,
  );
  if (!m) return null;
  const top = Number(m[1]);
  return (m[2] === '%' ? top >= 100 : top >= 35) ? 'FULL_TIME' : 'PART_TIME';
}

/**
 * A company value: short, not a sentence, not a link label, not a label of its own ("Quy mô:"), not a head count
 * ("100-499 nhân viên", "51–200 employees").
 */
export function plausibleCompany(value: string): boolean {
  const words = value.split(/\s+/);
  return (
    value.length >= 2 &&
    !/[:：]$/.test(value) &&
    !/^\d[\d.,]*\s*[-–]\s*\d/.test(value) &&
    value.length <= 100 &&
    words.length <= 10 &&
    !/[.!?]\s+\p{Lu}/u.test(value) &&
    !/^(website|view|see|more|visit|apply)\b/i.test(value)
  );
}

/**
 * The value after a lead-in that ends in a colon: "Grade 5: £28,759 to £31,236",
 * "1 vacancy in the following location: Austin, TX". The lead holds no money (it is not "€50k: …").
 */
export function afterLeadIn(value: string): string {
  const m = value.match(/^([^:：$€£¥]{2,60})[:：]\s+(\S.*)$/);
  return m ? m[2]! : value;
}

/** Pictographs a site puts before a value ("🌏 Americas, Europe", "💰 $120k"). */
export function withoutSymbols(value: string): string {
  return value.replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\s]+/u, '').trim();
}

const NEXT_LABEL = /\s+(?=\p{Lu}\p{L}*(?:\s\p{L}+){0,2}\s*[:：]\s+\S)/gu;

/** A place value, without pictographs or a lead-in ("1 vacancy in the following location: Austin, TX"). */
export function placeValue(value: string): string {
  // "Dayton, Ohio | Type: Full Time": the next row's label ran into the value; a place before it is the value.
  if (/[:：]\s/.test(value))
    for (const next of value.matchAll(NEXT_LABEL)) {
      const head = value.slice(0, next.index).replace(/[\s|·•,]+$/, '');
      if (isPlace(head)) {
        value = head;
        break;
      }
    }
  const place = namedPlaceInOrder(cleanLocation(townOfAddress(withoutSymbols(value))));
  const tail = cleanLocation(afterLeadIn(place));
  return tail !== place && !isPlace(place) && plausibleLocation(tail) ? tail : place;
}

/** A salary value: the whole text, else the part after a lead-in ("Grade 5: £28,759 to £31,236"). */
export function salaryValue(value: string, currency: string | null): Salary | null {
  const text = withoutSymbols(value);
  const tail = afterLeadIn(text);
  // "£68K – £78K • Offers Bonus": the pay, then a note after a bullet that is no part of it.
  const head = text.split(/\s+[•·|]\s+/)[0]!;
  const salary =
    (tail !== text ? salaryFromValue(tail, { currency }) : null) ??
    salaryFromValue(text, { currency }) ??
    (head !== text ? salaryFromValue(head, { currency }) : null);
  return salary && withoutNextSentence(salary, currency);
}

/** A sentence that starts after the pay on the same line: a capitalised word, a lower-case one, a third word. */
const NEXT_SENTENCE = /[.!]?\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\S)/gu;

/**
 * "Pay: $18.50 per hour We offer free meals": the value ends with the pay. Cut at the first sentence start after
 * which the pay still reads the same (amounts, currency, period), so words of the pay itself stay.
 */
function withoutNextSentence(salary: Salary, currency: string | null): Salary {
  for (const m of salary.text.matchAll(NEXT_SENTENCE)) {
    const cut = salaryFromValue(salary.text.slice(0, m.index), { currency });
    if (
      cut &&
      cut.min === salary.min &&
      cut.max === salary.max &&
      cut.currency === salary.currency &&
      cut.period === salary.period
    )
      return cut;
  }
  return salary;
}

/**
 * A location value: a known place, "City, Region", or a short capitalized name (not a sentence). A script
 * without capitals (Arabic, Thai, CJK: `\p{Lo}`) starts a name with any letter ("الجيزة، مصر").
 */
export function plausibleLocation(value: string): boolean {
  if (isPlace(value)) return true;
  const words = value.split(/\s+/);
  // (An abbreviation's point is not a sentence's end: "Mallow, Co. Cork", "St. Albans".)
  return (
    value.length <= 100 &&
    words.length <= 8 &&
    /^[\p{Lu}\p{Lo}\d]/u.test(value) &&
    !/(?<!\b\p{Lu}\p{Ll}{0,2})[.!?]\s/u.test(value)
  );
}

/**
 * A place and a note after it ("Columbus, OH 43215, USA" + "Marrowgate Corporate Office"), not a place in two
 * parts. (A postcode after a region code, "OH 43215", is the place's own mark.)
 */
function placeWithNote(head: string, value: string): boolean {
  const rest = value.startsWith(head) ? value.slice(head.length).trim() : '';
  const place = head.replace(/\b([A-Z]{2,3})\s+\d{4,5}(?:-\d{4})?(?=,|$)/g, '$1');
  return !!rest && /^[\p{L}\d]/u.test(rest) && isPlace(place) && !isPlace(rest);
}

/**
 * An employer cell that writes the name, then its address ("<strong>Mairie de Saint-Aubin</strong><br>12 place de la
 * Mairie<br>49100 Angers"): the name, its first element. The rest must hold a number (a street, a postcode).
 */
export function nameBeforeAddress(head: string | undefined, value: string): string | null {
  if (!head || head === value || !value.startsWith(head)) return null;
  const rest = value.slice(head.length);
  return /\d/.test(rest) && plausibleCompany(head) ? head : null;
}

/** "Boise" then "State/Province: Idaho", "Country: United States" in the rows right after it: "Boise, Idaho, United States". */
function withPlaceParts(place: string, hits: readonly LabelHit[], index: number): string {
  if (/[,(]/.test(place)) return place;
  const parts = [place];
  const add = (hit: LabelHit) => {
    const value = hit.value.trim();
    // (A postcode or a code-only row adds nothing a reader would write; a repeat neither.)
    if (value.length >= 2 && value.length <= 40 && !/\d/.test(value) && !parts.includes(value)) parts.push(value);
  };
  for (const hit of hits.slice(index + 1, index + 5)) if (hit.part) add(hit);
  // "Country: Netherlands" right before "City: Utrecht" (EURAXESS): it still follows the town.
  for (let i = index - 1; i >= Math.max(0, index - 2) && hits[i]!.part; i--) add(hits[i]!);
  return parts.join(', ');
}

/**
 * "Ministerio de Salud / Servicio de Salud Araucanía Norte /": a path of public bodies, the widest first; the last
 * one named is the employer. (Only a path that ends in its separator or starts at a ministry.)
 */
function lastBody(value: string): string {
  if (!/\s\/\s*$/.test(value) && !/^minist\S*\s[^/]+\s\/\s/i.test(value)) return value;
  const parts = value.split(/\s+\/\s*/).filter((p) => p.trim());
  return parts.length >= 2 ? parts[parts.length - 1]!.trim() : value.replace(/\s*\/\s*$/, '');
}

export function readLabelled(
  hits: readonly LabelHit[],
  options: { now?: Date | null; currency?: string | null; dayFirst?: boolean } = {},
): LabelledResult {
  const fields: Fields = {};
  let relativePosted: string | null = null;
  const seen = new Set<LabelledField>();
  // The hours decide over how the contract is held: "Fastansættelse" then "Deltid, 32 timer" is part-time,
  // "Fixed term" then "Full time" is full-time (CONTRACT_VALUES' first two rows are the hours).
  let typeByHours = false;
  let companyIsUnit = false;
  let broadPlace = false;
  for (const [index, { field, value, period, unit, part, head, broad, more }] of hits.entries()) {
    if (more) {
      // "Other Locations: United States-Texas-Austin" after "Location": one more place, in the same reading.
      const place = placeValue(value);
      if (fields.locations?.length && plausibleLocation(place) && !fields.locations.includes(place))
        fields.locations = [...fields.locations, ...splitLocations(place)];
      continue;
    }
    // A "Región" row then a "Ciudad" row: the town is the place a reader names.
    const town = field === 'locations' && broadPlace && !part && !broad;
    if (part || (fields[field] !== undefined && (field !== 'employmentType' || typeByHours) && !town)) continue;
    switch (field) {
      case 'locations': {
        // "Columbus, OH 43215, USA" + "Corporate Office" in one value: the part that is a place.
        const place = placeValue(head && placeWithNote(head, value) ? head : value);
        if (place && plausibleLocation(place)) {
          fields.locations = splitLocations(withPlaceParts(place, hits, index));
          broadPlace = !!broad;
        }
        break;
      }
      case 'company': {
        const name = lastBody(value);
        if (plausibleCompany(name)) {
          fields.company = nameBeforeAddress(head, name) ?? name;
          companyIsUnit = !!unit;
        }
        break;
      }
      case 'salary': {
        const salary = salaryValue(value, options.currency ?? null);
        // "Monthly Salary Range: AED 4,000 - AED 5,500": the label states the period the value leaves out.
        if (salary) fields.salary = period && !periodIn(value) ? { ...salary, period } : salary;
        break;
      }
      case 'employmentType': {
        const type = employmentFromValue(value);
        const hours = CONTRACT_VALUES.slice(0, 2).some(([re]) => re.test(foldCase(value))) || !!byHours(value);
        if (type && (!fields.employmentType || hours)) {
          fields.employmentType = type;
          typeByHours = hours;
        }
        break;
      }
      case 'datePosted': {
        // "Geplaatst op: 16 november": a posting date without its year is the last such day.
        const date =
          parseDate(value, undefined, options.dayFirst) ?? (options.now ? recentDate(value, options.now) : null);
        if (date) fields.datePosted = date;
        else if (!relativePosted && options.now) relativePosted = parseRelativeDate(value, options.now);
        break;
      }
      case 'validThrough': {
        // "do: 13 grudnia": a closing date without its year is the next such day.
        const date =
          parseDate(value, undefined, options.dayFirst) ?? (options.now ? upcomingDate(value, options.now) : null);
        if (date) fields.validThrough = date;
        break;
      }
      case 'workMode': {
        const mode = workModeFromText(value);
        if (mode) fields.workMode = mode;
        break;
      }
    }
    if (fields[field] !== undefined) seen.add(field);
  }
  return { fields, relativePosted, facts: seen.size, ...(companyIsUnit ? { companyIsUnit } : {}) };
}
