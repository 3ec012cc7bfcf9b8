import { z } from 'zod';

/**
 * The latest instant any stored time may have: the last millisecond of 9999. JavaScript dates go
 * to 8.64e15, but a value past this one is never real, and near that end date arithmetic (or
 * formatting) throws `RangeError: Invalid time value`.
 */
export const MAX_TIMESTAMP = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Epoch milliseconds of a real calendar instant (1970 to 9999): sortable and indexable. */
export const timestampSchema = z.number().int().min(0).max(MAX_TIMESTAMP);

/** Whether `YYYY-MM-DD` names a day that exists (no 31 February, no month 13), 1970 to 9999. */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
