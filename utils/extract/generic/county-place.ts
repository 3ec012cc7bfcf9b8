/**
 * "Norwich, Norfolk", "Bandon, County Cork": a town and its county, read on the reader side, where the county list
 * (data/counties.ts) may live; the capture script's place list is kept small.
 */
import { COUNTIES } from '../data/counties';

let counties: ReadonlySet<string> | null = null;

const TOWN = /^\p{Lu}[\p{L}'’.-]+(?: (?:upon|on|le|in|the|de)?\s?\p{Lu}[\p{L}'’.-]+){0,2}$/u;

/** A town then a British or Irish county (or nation): "Norwich, Norfolk", "Ennis, Co. Clare". */
export function isTownAndCounty(text: string): boolean {
  const parts = text.split(/,\s*/);
  if (parts.length !== 2 || !TOWN.test(parts[0]!)) return false;
  counties ??= new Set(COUNTIES.split('|'));
  const county = parts[1]!.toLowerCase().replace(/^(?:county|co\.?)\s+/, '');
  return counties.has(county);
}
