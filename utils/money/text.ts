/**
 * Salary text built from numbers without Intl (the capture script bundles this: the first
 * toLocaleString call in a page builds ICU number formatting, ~50 ms of a click's capture).
 */
import type { PayPeriod } from '../schema/posting';
import { CURRENCY_DISPLAY } from './currencies';

/** 168000 → "168,000" (up to 3 decimals), as `toLocaleString('en-US')` writes it. */
export function groupThousands(n: number): string {
  const [whole = '0', fraction] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.');
  return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** Salary text built from structured numbers: "$168,000 – $275,100 a year". */
export function salaryText(
  min: number | null,
  max: number | null,
  currency: string | null,
  period: PayPeriod | null,
): string {
  const symbol = currency ? CURRENCY_DISPLAY[currency] : undefined;
  const fmt = (n: number) => (symbol ?? '') + groupThousands(n) + (symbol || !currency ? '' : ` ${currency}`);
  let body: string;
  if (min !== null && max !== null && min !== max) body = `${fmt(min)} – ${fmt(max)}`;
  else if (min !== null) body = max === null ? `from ${fmt(min)}` : fmt(min);
  else if (max !== null) body = `up to ${fmt(max)}`;
  else return '';
  return period ? `${body} a ${period}` : body;
}
