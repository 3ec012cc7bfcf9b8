import { describe, expect, it } from 'vitest';
import { findSalaryInText } from '../../utils/money/find';
import { parseSalaryText } from '../../utils/money/parse';

describe('salary with space-grouped thousands and "à" ranges (French)', () => {
  it.each([
    ['plain spaces', '40 000 à 50 000 €'],
    ['no-break spaces', '40\u00a0000 à 50\u00a0000 €'],
    ['narrow no-break spaces', '40\u202f000 à 50\u202f000 €'],
    ['thin spaces', '40\u2009000 à 50\u2009000 €'],
  ])('%s: 40000–50000 EUR a year', (_, text) => {
    const salary = parseSalaryText(text);
    expect(salary).not.toBeNull();
    expect([salary?.min, salary?.max, salary?.currency, salary?.period]).toEqual([40000, 50000, 'EUR', 'year']);
  });

  it('reads "45K à 55K €" as a range', () => {
    const salary = parseSalaryText('Salaire : 45K à 55K €');
    expect([salary?.min, salary?.max, salary?.currency]).toEqual([45000, 55000, 'EUR']);
  });

  it('reads millions grouped with spaces', () => {
    expect(parseSalaryText('1 200 000 ₹ par an')?.min).toBe(1200000);
  });

  it('does not join numbers grouped with different separators', () => {
    const salary = parseSalaryText('$150,000 401(k) match');
    expect([salary?.min, salary?.max]).toEqual([150000, 150000]);
  });

  it('finds a space-grouped range in description text', () => {
    const text = "L'équipe compte 4 développeurs.\nSalaire : 40 000 à 50 000 € brut par an.";
    expect(findSalaryInText(text)).toBe('40 000 à 50 000 € brut par an');
    expect(findSalaryInText('Rémunération : 40\u202f000 à 50\u202f000 €')).toBe('40 000 à 50 000 €');
  });
});
