import { describe, expect, it } from 'vitest';
import { daysUntil } from '@/utils/local-time';

describe('daysUntil', () => {
  const now = new Date(2026, 10, 20, 23, 30).getTime(); // late evening: still the 20th locally

  it('counts whole local calendar days, negative once past', () => {
    expect(daysUntil('2026-11-20', now)).toBe(0);
    expect(daysUntil('2026-11-21', now)).toBe(1);
    expect(daysUntil('2026-12-20', now)).toBe(30);
    expect(daysUntil('2026-11-19', now)).toBe(-1);
  });

  it('is null for a missing or malformed date', () => {
    expect(daysUntil(null, now)).toBeNull();
    expect(daysUntil('', now)).toBeNull();
    expect(daysUntil('Dec 25', now)).toBeNull();
    expect(daysUntil('2026-13-45', now)).toBeNull();
  });
});
