/**
 * A place list read from a hooked line or a header that also carries the team ("On-Site • El Paso, Texas •
 * Maintenance", Paylocity's location line): the department is not a place. Reader side (finishing steps).
 */
import { DEPARTMENT_WORDS } from '../data/vocabulary';

/** The places without the parts that are only a department's name; the list as it was when nothing else is left. */
export function withoutDepartments(places: readonly string[]): string[] {
  const kept = places.filter((p) => !DEPARTMENT_WORDS.test(p.trim()));
  return kept.length ? kept : [...places];
}
