/** "Bogotá, Chapinero" → "Bogotá": a district after its own city is part of the city (data/city-districts.ts). */
import { CITY_DISTRICTS } from '../data/city-districts';
import { clean } from '../dom';

let districts: Map<string, Set<string>> | null = null;

/** Lower case without accents ("Bogota" is "Bogotá"). */
const fold = (s: string) =>
  clean(s)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** Without the district after its city; any other place as it was. */
export function withoutDistrict(location: string): string {
  const m = location.match(/^([^,]{2,40}),\s*([^,]{2,40})$/);
  if (!m) return location;
  districts ??= new Map(
    Object.entries(CITY_DISTRICTS).map(([city, list]) => [fold(city), new Set(list.split('|').map(fold))]),
  );
  const city = fold(m[1]!.replace(/\s+D\.?\s?C\.?$/i, ''));
  return districts.get(city)?.has(fold(m[2]!)) ? clean(m[1]!) : location;
}
