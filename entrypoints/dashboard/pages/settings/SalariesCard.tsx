import type { FormEvent } from 'react';
import { Card } from '@/components/dashboard/Card';
import { defaultRates } from '@/utils/jobs-view/currency';
import type { Settings } from '@/utils/schema/settings';

export interface SalariesCardProps {
  currency: string | null;
  rates: Readonly<Record<string, number>>;
  /** Currencies the saved jobs are paid in. */
  used: readonly string[];
  onSave: (patch: Pick<Settings, 'currency' | 'currencyRates'>) => void;
}

/** The jobs table's one currency, and the rates it converts at. */
export function SalariesCard({ currency, rates, used, onSave }: SalariesCardProps) {
  const codes = [...new Set([...used, ...Object.keys(rates), ...Object.keys(defaultRates)])].sort();
  const shown = [...new Set([...used, ...Object.keys(rates)])].sort();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = String(form.get('currency') ?? '');
    const next: Record<string, number> = {};
    for (const code of shown) {
      const value = Number(String(form.get(`rate-${code}`) ?? '').replace(',', '.'));
      if (Number.isFinite(value) && value > 0 && value !== defaultRates[code]) next[code] = value;
    }
    onSave({ currency: /^[A-Z]{3}$/.test(chosen) ? chosen : null, currencyRates: next });
  };
  return (
    <Card
      id="salary-heading"
      title="Salaries"
      description="The jobs table shows every salary in one currency, converted at these rates, so the column compares like with like. Correct the rates whenever you like."
      className="settings-card"
    >
      <form className="settings-form" onSubmit={onSubmit} key={JSON.stringify([currency, rates])}>
        <label>
          Show salaries in
          <select name="currency" defaultValue={currency ?? ''} data-testid="home-currency">
            <option value="">The most common currency among my jobs</option>
            {codes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        {shown.length > 0 ? (
          <table className="rate-table">
            <caption className="settings-label">Rates: what one unit is worth in US dollars</caption>
            <tbody>
              {shown.map((code) => (
                <tr key={code}>
                  <th scope="row">
                    <label htmlFor={`rate-${code}`}>1 {code} =</label>
                  </th>
                  <td>
                    <input
                      id={`rate-${code}`}
                      name={`rate-${code}`}
                      inputMode="decimal"
                      defaultValue={rates[code] ?? defaultRates[code] ?? ''}
                      placeholder="rate"
                    />{' '}
                    USD
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="card-hint muted">No salaries saved yet.</p>
        )}
        <button type="submit" className="button button-primary">
          Save currency settings
        </button>
      </form>
    </Card>
  );
}
