/**
 * One job's reference number on the page ("Job ID: 88412", "Kennziffer 14/2026", "Référence : CDI-0412") is a sign of one
 * posting (issue 10); a results list shows one per card, so several different numbers are not. Read only by detection
 * (a finishing step), never by the capture script.
 */
import { JOB_REFERENCE } from '../data/lead-in-words';

/** Whether the text shows exactly one job reference number (the same number may be repeated). */
export function oneJobReference(text: string): boolean {
  const head = text.slice(0, 20_000);
  // Cheap gate: a separator the labels need.
  if (!/[:#°]/.test(head)) return false;
  const codes = new Set<string>();
  for (const match of head.matchAll(JOB_REFERENCE)) {
    codes.add(match[2]!.toLowerCase().replace(/[\s.]+$/, ''));
    if (codes.size > 1) return false;
  }
  return codes.size === 1;
}
